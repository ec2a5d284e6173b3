"""Rows of a model no file of the workspace declares (its models live in a package the project installs),
built by a view with request data as a keyword and read back by a background task (issue 31): a Quart
view binds `form = await request.form`, then `url = form.get("url", "").strip()`, and saves
`Document(url=url)`; the task gets `doc = await session.get(Document, pk)` and fetches `doc.url`. Their
twins store a number cast first, a name the view binds again, or read another class's row, the same
field name: they stay quiet. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

# (the real CLI over files written to a directory, as the request-state tests run it)
from tests.analyzers.rules.test_taint_request_state_python import _findings, _write

VIEWS = '''from quart import abort, redirect, request

from ..app import app
from ..db import Session
from ..models import Bookmark, Document
from ..queue import enqueue


@app.route("/documents", methods=["POST"])
async def add_document():
    form = await request.form
    url = form.get("url", "").strip()
    if not url:
        abort(400)
    pages = int(form["pages"])
    mirror = form.get("mirror", "")
    mirror = canonical_mirror(mirror)
    doc = Document(url=url, pages=pages, mirror=mirror, title="untitled")
    async with Session() as session:
        session.add(doc)
        await session.commit()
    await enqueue("fetch_document", doc_id=doc.id)
    return redirect("/documents")


def canonical_mirror(name):
    return {"eu": "https://eu.example.org/", "us": "https://us.example.org/"}.get(name, "https://example.org/")
'''
TASKS = '''import subprocess

import httpx

from .db import Session
from .models import Bookmark, Document


async def fetch_document(doc_id):
    async with Session() as session:
        doc = await session.get(Document, doc_id)
        async with httpx.AsyncClient() as client:
            page = await client.get(doc.url)
            await client.get(doc.mirror)
            await client.get("https://archive.example.org/" + doc.title)
        subprocess.run("pdftotext -l " + str(doc.pages) + " in.pdf", shell=True)
        return page.text


async def check_bookmark(bookmark_id):
    async with Session() as session:
        mark = await session.get(Bookmark, bookmark_id)
        async with httpx.AsyncClient() as client:
            return (await client.head(mark.url)).status_code
'''


def test_a_row_built_from_an_item_of_the_form_is_request_data_where_a_task_gets_it_by_its_class(tmp_path: Path):
    _write(tmp_path, {"reader/__init__.py": "", "reader/web/__init__.py": "", "reader/web/documents.py": VIEWS,
                      "reader/tasks.py": TASKS})
    found = [line for line in _findings(tmp_path) if "tasks.py" in line]
    # the page count is cast, the mirror bound again to the project's own URL, the title a constant, and a
    # Bookmark's `url` is another class's field: clean
    assert len(found) == 1 and "tasks.py:13" in found[0] and "tainted-ssrf" in found[0], found
    assert "stored by reader/web/documents.py, read" in found[0], found


def test_the_same_reads_with_no_view_storing_the_row_stay_clean(tmp_path: Path):
    _write(tmp_path, {"reader/__init__.py": "", "reader/tasks.py": TASKS})
    assert _findings(tmp_path) == []


FEEDS_API = '''from ninja import Router, Schema

from .models import Feed
from .services import FeedDefaults

router = Router()


class FeedIn(Schema):
    source: str
    mirror: str = ""
    refresh: int = 60


@router.post("/feeds")
def add_feed(request, body: FeedIn, defaults: FeedDefaults):
    feed = Feed.objects.create(
        source=body.source,
        refresh=int(body.refresh),
        mirror=defaults.mirror,
    )
    return {"id": feed.pk}
'''
FEEDS_JOBS = '''import requests

from .models import Feed


def poll_feeds(ids):
    for feed in Feed.objects.filter(pk__in=ids):
        requests.get(feed.source, timeout=10)
        requests.get(feed.mirror, timeout=10)
        requests.get("https://feeds.example.org/" + str(feed.refresh), timeout=10)
'''


def test_a_route_parameter_typed_with_a_schema_of_its_file_stores_what_the_client_sent(tmp_path: Path):
    """django-ninja's `body: FeedIn` (`FeedIn(Schema)` declared there) is the request's body:
    `Feed.objects.create(source=body.source)` stores it, a job polling `feed.source` fetches it."""
    _write(tmp_path, {"feeds/__init__.py": "", "feeds/api.py": FEEDS_API, "feeds/jobs.py": FEEDS_JOBS})
    found = [line for line in _findings(tmp_path) if "jobs.py" in line]
    # the refresh is cast, the mirror comes from a parameter of a class no schema: clean
    assert len(found) == 1 and "jobs.py:8" in found[0] and "tainted-ssrf" in found[0], found
    assert "stored by feeds/api.py, read" in found[0], found

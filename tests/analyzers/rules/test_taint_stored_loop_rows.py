"""Rows a background job reads in a loop over a query of their model, whatever the loop's name
(`for m in Feed.objects.filter(...)`, `for row in session.query(Bookmark)`): a field a view stored
request data in is request data there, as on a row it gets (`feed = Feed.objects.get(pk=pk)`) (issue
31). A loop over another model's rows, or over a list the job was handed, reads no stored field. Real
CLI, real files."""

from __future__ import annotations

from pathlib import Path

# (the real CLI over files written to a directory, as the request-state tests run it)
from tests.analyzers.rules.test_taint_request_state_python import _findings, _write

VIEWS = '''from flask import Flask, request

from .db import session
from .models import Bookmark, Feed

app = Flask(__name__)


@app.post("/feeds")
def add_feed():
    feed = Feed.objects.create(source=request.form["source"], refresh=int(request.form["refresh"]))
    return {"id": feed.pk}


@app.post("/bookmarks")
def add_bookmark():
    session.add(Bookmark(url=request.form["url"], title="untitled"))
    session.commit()
    return "", 201
'''
JOBS = '''import requests

from .db import session
from .models import Bookmark, Feed, Mirror


def poll_feeds(ids):
    for m in Feed.objects.filter(pk__in=ids):
        requests.get(m.source, timeout=10)
        requests.get("https://feeds.example.org/" + str(m.refresh), timeout=10)


def check_bookmarks(limit):
    for row in session.query(Bookmark).limit(limit):
        requests.head(row.url, timeout=10)
        requests.head("https://archive.example.org/" + row.title, timeout=10)


def poll_mirrors(kind):
    for m in Mirror.objects.filter(kind=kind):
        requests.get(m.source, timeout=10)


def poll_given(feeds):
    for m in feeds:
        requests.get(m.source, timeout=10)
'''


def test_a_loop_over_a_query_of_the_model_reads_its_stored_fields(tmp_path: Path):
    _write(tmp_path, {"feeds/__init__.py": "", "feeds/views.py": VIEWS, "feeds/jobs.py": JOBS})
    found = {line.split("jobs.py:")[1].split(":")[0]: line for line in _findings(tmp_path) if "jobs.py" in line}
    # the refresh is cast, the title a constant, a Mirror's `source` another class's field, the handed list no query
    assert sorted(found) == ["15", "9"], found
    assert all("tainted-ssrf" in line and "stored by feeds/views.py, read" in line for line in found.values()), found

"""A call into another module's function with keyword arguments feeds the parameters they name,
not the ones at their place in the call: Netflix Dispatch's routers call `service.create(
db_session=db_session, incident_in=incident_in)` on `def create(*, db_session, incident_in)`, and
the bare `*` moved every keyword one parameter off, so the body's URL reaching `httpx.get` in the
service was missed; `search(db, query=q, sort_by="id")` on `def search(db_session, sort_by="id",
query="")` took the query for the sort column and reported its ORDER BY. A check of the tree reports such a
flow once, at the helper's sink, as it does a positional one: OpenStack's controllers pass
`db_api.volume_get_all(project_id, sort_key=sort_key, sort_dir=sort_dir)` by keyword only, and the
call was reported again beside the repository's `ORDER BY`; and so is one into a class's constructor
(Glance's `WebDownload(image_id, uri).execute(dest)`, the URL kept for the method that opens it).
Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

SERVICE = '''import httpx
from sqlalchemy import text


def fetch_title(url: str) -> str:
    return httpx.get(url, timeout=5, follow_redirects=False).text[:200]


def create(*, db_session, incident_in):
    title = fetch_title(str(incident_in.reference_url))
    db_session.add({"title": title})
    return title


def search(db_session, sort_by="id", query=""):
    rows = db_session.execute(text(f"SELECT id, title FROM incident ORDER BY {sort_by}"))
    return [r for r in rows if query.lower() in r.title.lower()]
'''

VIEWS = '''from fastapi import APIRouter, Depends
from pydantic import BaseModel, HttpUrl

from incidents import service
from incidents.db import get_db

router = APIRouter()


class IncidentCreate(BaseModel):
    title: str
    reference_url: HttpUrl


@router.post("/incidents")
def create_incident(incident_in: IncidentCreate, db_session=Depends(get_db)):
    return {"title": service.create(db_session=db_session, incident_in=incident_in)}


@router.get("/incidents")
def list_incidents(q: str = "", db_session=Depends(get_db)):
    return service.search(db_session, query=q, sort_by="id")
'''


def test_keyword_arguments_feed_the_parameters_they_name(tmp_path: Path):
    found = taint_findings(tmp_path, {"incidents/service.py": SERVICE, "incidents/views.py": VIEWS,
                                      "incidents/db.py": "def get_db():\n    return None\n"})
    # (the router's own report of the call, where there is one, is the policy's for another module's helper)
    assert "incidents/service.py:6 tainted-ssrf" in found and not any("tainted-sql" in f for f in found), found


REPOSITORY = '''import sqlite3


def get_list(project_id, limit, sort_key="id"):
    cur = sqlite3.connect("app.db").cursor()
    cur.execute(f"SELECT id FROM item WHERE project_id = ? ORDER BY {sort_key} LIMIT ?", (project_id, limit))
    return cur.fetchall()
'''

CONTROLLER = '''from flask import Flask, request

from app import repository

app = Flask(__name__)


@app.route("/items")
def items():
    return {"items": repository.get_list(1, limit=50, sort_key=request.args["sort"])}
'''


def test_a_flow_passed_by_keyword_is_reported_once_at_the_helpers_sink(tmp_path: Path):
    found = taint_findings(tmp_path, {"app/__init__.py": "", "app/repository.py": REPOSITORY,
                                      "app/views.py": CONTROLLER})
    assert found == ["app/repository.py:6 tainted-sql"], found


DOWNLOAD = '''import urllib.request


class WebDownload:
    def __init__(self, image_id, uri):
        self.image_id = image_id
        self.uri = uri

    def execute(self, dest):
        with urllib.request.urlopen(self.uri, timeout=60) as src, open(dest, "wb") as out:
            out.write(src.read())
'''

IMPORTER = '''from flask import Flask, request

from app.download import WebDownload

app = Flask(__name__)


@app.post("/images/<image_id>/import")
def import_image(image_id):
    WebDownload(image_id, request.json["uri"]).execute("/srv/staging/image.bin")
    return {"status": "importing"}
'''


def test_a_flow_into_a_classs_constructor_is_reported_once_at_the_sink_of_its_method(tmp_path: Path):
    found = taint_findings(tmp_path, {"app/__init__.py": "", "app/download.py": DOWNLOAD,
                                      "app/views.py": IMPORTER})
    assert found == ["app/download.py:10 tainted-ssrf"], found

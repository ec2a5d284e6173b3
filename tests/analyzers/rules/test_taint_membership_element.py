"""A membership test checks its element, not the collection it looks in: FiftyOne's values route
refuses a field with `if path not in dataset.get_field_schema(): return ...`, `dataset` loaded by a
name from the same request body, then `eval`s the body's `expr`. The engine took the test for a check
of everything it read (`dataset`, and so the body it came from) and lost the flow. The element stays
checked (`name not in ALLOWED`, `data["kind"] not in KINDS`), and so does a literal's test of a name
(`".." in name`), and so do the collection's own names (`name not in list_archives(uuid)`: a
listing found by `uuid`) and a path whose parents are tested (`ROOT not in target.parents`). Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

VIEWS = '''import os
from pathlib import Path

from flask import Flask, abort, request

from .store import list_archives, load_dataset

app = Flask(__name__)
KINDS = {"csv", "json"}
BACKUPS = "/var/lib/backups"
ROOT = Path("/srv/attachments").resolve()


@app.post("/values")
def values():
    data = request.get_json()
    field = data["field"]
    dataset = load_dataset(data["dataset"])
    if field not in dataset.schema():
        abort(400)
    return str(eval(data["expr"]))


@app.post("/values-keyed")
def values_keyed():
    data = request.get_json()
    dataset = load_dataset(data["dataset"])
    if data["field"] not in dataset:
        abort(400)
    return str(eval(data["expr"]))


@app.post("/export")
def export():
    data = request.get_json()
    if data["kind"] not in KINDS:
        abort(400)
    return str(eval(data["kind"]))


@app.get("/report")
def report():
    name = request.args["name"]
    if ".." in name:
        abort(400)
    return open("/srv/reports/" + name).read()


@app.get("/archives/<uuid>/<name>")
def archive(uuid, name):
    if name not in list_archives(uuid):
        abort(404)
    return open(os.path.join(BACKUPS, uuid, name), "rb").read()


@app.get("/attachments")
def attachment():
    target = (ROOT / request.args.get("name", "")).resolve()
    if ROOT not in target.parents:
        abort(404)
    return open(target).read()
'''


STORE = '''def load_dataset(name):
    return name


def list_archives(uuid):
    return []
'''


def test_a_membership_test_checks_its_element_not_the_collection(tmp_path: Path):
    found = taint_findings(tmp_path, {"app/__init__.py": "", "app/store.py": STORE,
                                      "app/views.py": VIEWS})
    assert found == ["app/views.py:16 tainted-code", "app/views.py:26 tainted-code"]  # (reported where the body is read)

"""A check joined by `and`/`or` to a test of the same value that leaves it empty, None or equal
to another: Datasette refuses a sort column with `if sort and sort not in sortable_columns:
raise`, a JSONP endpoint a callback with `if callback is not None and not CALLBACK_RE.match(...)`,
pgAdmin a path outside the storage directory with `if target != in_dir and not
target.startswith(in_dir + os.sep): raise`, and a resolved path is kept under its base with `if
not (full == root or full.startswith(root + os.sep))`. Past each the value is checked; the
engine reported every one. A companion that proves nothing (`len(sort) > 40`, `full ==
root or full.endswith(".txt")`) still leaves the flow reported. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

VIEWS = '''import os
import re
import sqlite3

from flask import Flask, Response, abort, request

app = Flask(__name__)
db = sqlite3.connect("rows.db")
SORTABLE = ("name", "created")
CALLBACK_RE = re.compile(r"^[A-Za-z_$][\\\\w$.]{0,63}$")
ROOT = os.path.realpath("/srv/files")


@app.get("/rows")
def rows():
    sort = request.args.get("_sort")
    if sort and sort not in SORTABLE:
        abort(400)
    return str(db.execute("select * from t order by " + (sort or "rowid")).fetchall())


@app.get("/rows-short")
def rows_short():
    sort = request.args.get("_sort")
    if sort and len(sort) > 40:
        abort(400)
    return str(db.execute("select * from t order by " + (sort or "rowid")).fetchall())


@app.get("/series")
def series():
    callback = request.args.get("jsonp")
    if callback is not None and not CALLBACK_RE.match(callback):
        abort(400)
    return Response("%s([])" % callback)


@app.get("/file")
def read_file():
    full = os.path.realpath(os.path.join(ROOT, request.args.get("p", "")))
    if not (full == ROOT or full.startswith(ROOT + os.sep)):
        abort(403)
    return open(full).read()


@app.get("/text-file")
def read_text_file():
    full = os.path.realpath(os.path.join(ROOT, request.args.get("p", "")))
    if not (full == ROOT or full.endswith(".txt")):
        abort(403)
    return open(full).read()


@app.get("/storage")
def storage():
    target = os.path.realpath(os.path.join(ROOT, request.args.get("p", "")))
    if target != ROOT and not target.startswith(ROOT + os.sep):
        abort(403)
    return open(target).read()
'''


def test_a_check_beside_an_empty_or_equal_test_still_clears(tmp_path: Path):
    found = taint_findings(tmp_path, {"site/views.py": VIEWS})
    assert found == ["site/views.py:24 tainted-sql", "site/views.py:48 tainted-path"], found

"""A look at a path that only decides what comes next is not a second path-traversal report
beside the use: Datasette-style download views test `os.path.exists(path)` and serve
`FileResponse(path)` in the `else`; Open WebUI tests `Path(file_path).is_file()` and raises
404 before serving; pgAdmin's file dialog and seahub's directory listing `os.listdir(folder)`,
then look at each entry (`os.path.isdir`, `os.path.getsize`, `os.stat` of `os.path.join(folder,
name)`). The engine reported each look as well as the use (the listing, the served file). The
use is still reported once, and a look that answers the client (`{"exists": ...}`) stays a
sink. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

VIEWS = '''import os
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)
FILES = "/srv/files"


@app.get("/download/<name>")
def download(name):
    path = os.path.join(FILES, name)
    if not os.path.exists(path):
        response = ("Not found", 404)
    else:
        response = send_file(path)
    return response


@app.get("/raw/<name>")
def raw(name):
    file_path = f"{FILES}/{name}"
    if not Path(file_path).is_file():
        abort(404)
    return send_file(file_path)


@app.post("/folder")
def folder():
    folder = os.path.join(FILES, request.get_json()["path"].lstrip("/"))
    files = {}
    for entry in sorted(os.listdir(folder)):
        full = os.path.join(folder, entry)
        files[entry] = {"is_dir": os.path.isdir(full), "size": os.path.getsize(full), "mtime": os.stat(full).st_mtime}
    return files


@app.get("/exists")
def exists():
    return {"exists": os.path.exists(os.path.join(FILES, request.args["name"]))}
'''


def test_a_look_before_or_beside_the_use_is_not_a_second_report(tmp_path: Path):
    found = taint_findings(tmp_path, {"site/views.py": VIEWS})
    assert found == ["site/views.py:12 tainted-path", "site/views.py:22 tainted-path",
                     "site/views.py:30 tainted-path", "site/views.py:40 tainted-path"], found

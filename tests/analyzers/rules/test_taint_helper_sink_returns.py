"""A helper of another module that hands a path to a sink and then gives the path (or the file it
opened) back is one flow, reported at the helper's sink: the caller sending what it returns
(`send_file(open_blob(kind, blob_id))`, `send_file(write_export(name))`) is not a second path
traversal. A helper that only builds the path still carries the request's data to the caller's
sink. Real CLI, real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BLOBS = '''import csv
import os

ARCHIVE = "/var/lib/archive"


def open_blob(kind, blob_id):
    return open(os.path.join(ARCHIVE, kind, blob_id + ".bin"), "rb")


def write_export(name, rows):
    target = os.path.join(ARCHIVE, "exports", name)
    with open(target, "w", newline="") as out:
        csv.writer(out).writerows(rows)
    return target


def blob_path(blob_id):
    return os.path.join(ARCHIVE, blob_id)
'''

API = '''from flask import Flask, request, send_file

from blobs import blob_path, open_blob, write_export

app = Flask(__name__)


@app.get("/blob/<kind>")
def blob(kind):
    handle = open_blob(kind, request.args["id"])
    return send_file(handle, mimetype="application/octet-stream")


@app.post("/export")
def export():
    path = write_export(request.form["name"], [["id", "total"]])
    return send_file(path, as_attachment=True)


@app.get("/raw")
def raw():
    return send_file(blob_path(request.args["id"]))
'''


def test_a_path_the_helper_already_used_is_reported_once_at_its_sink(tmp_path: Path):
    (tmp_path / "blobs.py").write_text(BLOBS)
    (tmp_path / "api.py").write_text(API)
    run = subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", "--format", "text",
                          "--select", "python/security/tainted-path", str(tmp_path)],
                         capture_output=True, text=True, timeout=300)
    places = sorted(":".join(line.replace(str(tmp_path) + "/", "").split(":")[:2])
                    for line in run.stdout.splitlines() if "tainted-path" in line)
    # the helpers' opens (blob, export), and the send of a path built but not used by its helper
    assert places == ["api.py:22", "blobs.py:12", "blobs.py:8"], run.stdout

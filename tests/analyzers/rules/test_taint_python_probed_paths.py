"""A Python path probed and then opened is one traversal (issue 32, blind143): CherryMusic's album-art
reader checks `os.path.isfile(candidate)` and then opens it; the flow was reported at both, the probe's
finding ending above the line that opens the file (a line no reviewer marks). One finding now, at the
open, its range from where the path was built (the probe inside it). A probe alone is still reported.
Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

COVERS = """import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/cover")
def cover():
    candidate = os.path.join(MUSIC_DIR, request.args["dir"], "cover.jpg")
    if os.path.isfile(candidate):
        with open(candidate, "rb") as fh:
            return fh.read()
    return "", 404


@app.route("/has-cover")
def has_cover():
    candidate = os.path.join(MUSIC_DIR, request.args["dir"], "cover.jpg")
    return {"found": os.path.isfile(candidate)}
"""


def test_a_path_probed_then_opened_is_one_finding(tmp_path: Path):
    found = taint_findings(tmp_path, {"covers.py": COVERS})
    assert found == ["covers.py:9 tainted-path", "covers.py:18 tainted-path"], found

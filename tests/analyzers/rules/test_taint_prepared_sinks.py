"""A directory made or a path probed on the way to the file written is one flow with it, reported once
where the file is opened: `os.makedirs(directory)` then `open(os.path.join(directory, name), "wb")`,
also through a name assigned in between. A makedirs whose directory no later sink of the function
reads is reported itself. Real CLI, real files."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

_SINK = re.compile(r"reaches `(\w+)` at line (\d+)")

VIEWS = '''import os

from flask import Flask, request

app = Flask(__name__)
ROOT = "/srv/uploads"


@app.route("/dump", methods=["POST"])
def save_dump():
    kind = request.form["kind"]
    directory = os.path.join(ROOT, kind)
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, "dump.bin"), "wb") as fh:
        fh.write(request.get_data())
    return "ok"


@app.route("/note", methods=["POST"])
def save_note():
    user = request.form["user"]
    folder = os.path.join(ROOT, user)
    if not os.path.exists(folder):
        os.makedirs(folder)
    path = os.path.join(folder, "note.txt")
    with open(path, "w") as fh:
        fh.write(request.form["text"])
    return "ok"


@app.route("/space", methods=["POST"])
def make_space():
    team = request.form["team"]
    os.makedirs(os.path.join(ROOT, team), exist_ok=True)
    return "ok"
'''


def sinks_reached(root: Path) -> list[tuple[str, int]]:
    """(sink, line) of each tainted-path finding the real CLI prints for the handlers written under ``root``."""
    (root / "app").mkdir()
    (root / "app" / "views.py").write_text(VIEWS)
    run = subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", "--format", "text", "--select",
                          "python/security/tainted-path", str(root)], check=False, capture_output=True, text=True, timeout=300)
    return [(m[1], int(m[2])) for m in (_SINK.search(line) for line in run.stdout.splitlines()) if m]


def test_the_directory_made_on_the_way_is_reported_with_the_file_written(tmp_path: Path):
    # one finding a flow: the open of each of the first two handlers, the makedirs of the third
    assert sinks_reached(tmp_path) == [("open", 14), ("open", 26), ("makedirs", 34)]

"""A helper's sink reading a name several parameters built (`message = f"[{target}] {title} (GH-{number})"`)
reads each of them: the name kept the mark of the last one only, so a caller handing request data as
the title and constants as the others was proven clean, and the pattern rule's finding on the shell
call was dropped with it. A caller handing the request only a number stays clean. Real CLI, real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

APP = '''import subprocess

from flask import Flask, request

app = Flask(__name__)


def _commit(title, number, target):
    message = f"[{target}] {title} (GH-{number})"
    subprocess.run(f'git commit -m "{message}"', shell=True)


@app.route("/title")
def title():
    _commit(request.args["t"], 1, "3.12")


@app.route("/number")
def number():
    _commit("fixed", int(request.args["n"]), "3.12")
'''


def test_a_sink_reading_a_name_built_from_several_parameters_reads_each(tmp_path: Path):
    (tmp_path / "app.py").write_text(APP)
    run = subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", "--format", "text", "--select",
                          "python/security", str(tmp_path)], check=False, capture_output=True, text=True, timeout=300)
    found = [line for line in run.stdout.splitlines() if "app.py:" in line]
    assert len(found) == 1 and "tainted-command" in found[0], found
    assert "from line 15 (`request.args[\"t\"]`) reaches `run` at line 10 through `_commit`" in found[0], found

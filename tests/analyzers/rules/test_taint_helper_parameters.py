"""A helper that builds its result from several parameters passes each of them through, even
where one is added only on some paths (`if extra: line += " " + extra`, then `line += " " + dst`):
the engine kept one parameter's mark per name where paths join, so the helper was summarised as
passing only `dst` and a request value given as `extra` reached `subprocess.run(..., shell=True)`
unreported — and, judged clean, it silenced the shell=True pattern rule too. Real CLI, real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HELPER = '''def transcode_line(src, dst, extra):
    line = "ffmpeg -y -i " + src
    if extra:
        line += " " + extra
    line += " " + dst
    return line


def preset_line(src, dst, preset):
    line = "ffmpeg -y -i " + src
    if preset:
        line += " -preset slow"
    line += " " + dst
    return line
'''

VIEWS = '''import subprocess

from flask import Flask, request

from convert import preset_line, transcode_line

app = Flask(__name__)


@app.post("/transcode")
def transcode():
    subprocess.run(transcode_line("in.mp4", "out.mp4", request.form["extra"]), shell=True)
    return "queued"


@app.post("/preset")
def preset():
    subprocess.run(preset_line("in.mp4", "out.mp4", request.form["preset"]), shell=True)
    return "queued"
'''


def test_a_parameter_added_on_one_path_is_passed_through_by_the_helper(tmp_path: Path):
    (tmp_path / "convert.py").write_text(HELPER)
    (tmp_path / "views.py").write_text(VIEWS)
    run = subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", "--format", "text", str(tmp_path)],
                         capture_output=True, text=True, timeout=300)
    flows = [line for line in run.stdout.splitlines() if "tainted-command" in line]
    assert len(flows) == 1 and "views.py:12:" in flows[0], run.stdout  # the `extra` flow; `preset` only picks a flag

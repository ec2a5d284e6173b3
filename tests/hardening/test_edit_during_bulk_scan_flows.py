"""A file edited during a bulk scan is checked in process (its records are of the old text), but its
taint source probes were dropped with its records: a handler edited mid-scan was taken to hold no
request data, and where it was the tree's only one the tree was taken for a library's (no module
called with request data), so the flow it starts into a helper module was not reported in that
run. The check of a tree must give what a check of its files as they now are gives. Real ast-grep
CLI, real scan; the edit is made once the CLI has read the file (as test_edit_during_bulk_scan)."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk
from postil.scan import check_paths
from tests.hardening.mid_scan_edit import edited_after_the_cli_read

pytestmark = pytest.mark.slow  # (the CLI's run over 70 files)

VIEW = '''from flask import Flask, request

from helpers import run

app = Flask(__name__)


@app.route("/run")
def handler():
    return run(request.args.get("cmd"))
'''
HELPER = "import subprocess\n\n\ndef run(command):\n    return subprocess.run(command, shell=True)\n"
EDITED = VIEW.replace("def handler():", "def handler():\n    # (saved in the editor mid-scan)")



def _findings(result) -> set[tuple[str, str, int]]:
    return {(r.path.name, f.rule, f.span.start_line) for r in result.reports for f in r.findings}


def test_a_handler_edited_mid_scan_still_starts_its_flows(tmp_path: Path, monkeypatch):
    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    (tmp_path / "views.py").write_text(VIEW)
    (tmp_path / "helpers.py").write_text(HELPER)
    for i in range(68):  # (from 64 files the check runs the CLI)
        (tmp_path / f"m{i}.py").write_text(f"def f{i}(a, b):\n    return a + b\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(bulk, "scan", edited_after_the_cli_read(tmp_path / "views.py", EDITED))
    edited = check_paths([tmp_path], CheckerCache(), jobs=1)
    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    now = check_paths([tmp_path], CheckerCache(), jobs=1)  # the tree as it now is, nothing edited
    flows = {f for f in _findings(now) if f[0] in ("views.py", "helpers.py")}
    assert flows, _findings(now)  # (the flow this test leans on is found)
    assert _findings(edited) == _findings(now)

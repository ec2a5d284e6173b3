"""A file edited while a bulk scan runs (an editor saves it, a checkout writes it) after ast-grep's
CLI read it and before postil did: ast-grep's records name byte offsets of the old text. Before,
they were laid on the new text, so a finding was reported at the old line (on another statement)
and a finding of the new text was never looked for. Now each file's size and modification time
before the run are compared with the size postil read and the file's stamp after it: a file that
changed is checked in process, its findings where they are. Real ast-grep CLI, real scan."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk
from postil.scan import check_paths
from tests.hardening.mid_scan_edit import edited_after_the_cli_read

pytestmark = pytest.mark.slow  # (the CLI's run over 70 files)

HANDLER = """import subprocess


def run(command):
    subprocess.call(command, shell=True)
"""
EDITED = "import subprocess\n" + "\n" * 10 + "\n\ndef run(command):\n    subprocess.call(command, shell=True)\n"



def _lines(result, name: str) -> set[tuple[str, int]]:
    report = next(r for r in result.reports if r.path.name == name)
    return {(f.rule, f.span.start_line) for f in report.findings}


@pytest.mark.parametrize("edited", [False, True])
def test_a_file_edited_mid_scan_is_checked_as_read(tmp_path: Path, monkeypatch, edited):
    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    for i in range(70):  # (from 64 files the check runs the CLI)
        (tmp_path / f"h{i}.py").write_text(HANDLER)
    victim = tmp_path / "h0.py"
    monkeypatch.setattr(bulk, "scan", edited_after_the_cli_read(victim, EDITED) if edited else bulk.scan)
    monkeypatch.chdir(tmp_path)
    result = check_paths([tmp_path], CheckerCache(), jobs=1)
    lines = _lines(result, "h0.py")
    calls = {line for rule, line in lines if "shell" in rule or "subprocess" in rule}
    assert calls, lines  # (the rule this test leans on still fires)
    expected = 14 if edited else 4  # subprocess.call's line in the text read (from 0)
    assert calls == {expected}, lines
    assert _lines(result, "h1.py") == {(rule, 4) for rule, _ in lines}  # an unedited file: its records used

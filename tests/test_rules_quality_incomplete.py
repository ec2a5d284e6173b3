"""The corpus scorer says when postil's check of a pack did not finish: a file left unchecked (here one
nested too deep to parse) is named and the run exits non-zero, so a loaded machine's lost files are
never read as the rules' misses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.mark.slow
def test_an_unfinished_check_is_said_and_fails_the_run(tmp_path):
    pack = tmp_path / "corpus" / "python-security"
    pack.mkdir(parents=True)
    (pack / "deep.py").write_text("x = " + "[" * 20000 + "]" * 20000 + "\n")
    (pack / "plain.py").write_text("import subprocess\n\n\ndef run(cmd):\n    # expect: command-injection\n"
                                   "    subprocess.call(cmd, shell=True)\n")
    out = subprocess.run([sys.executable, str(BENCH / "rules_quality.py"), "--corpus", str(tmp_path / "corpus")],
                         capture_output=True, text=True, timeout=600)
    assert "INCOMPLETE python-security: not checked: " in out.stdout
    assert "deep.py" in out.stdout
    assert out.returncode != 0 and "incomplete: 1 file(s) not checked" in out.stderr

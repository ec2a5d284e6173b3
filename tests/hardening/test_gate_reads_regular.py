"""The egress gate reads a file itself when no text is given (``EgressGate.release(path)``). A FIFO
in the checkout under a source file's name (or a link in the checkout to one) was opened and read
like a file: the read waited for a writer for ever. Now only a regular file is read; anything
else is refused with the reason, and a regular file still passes masked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

RELEASE = """
import sys
from postil.gate.egress import EgressGate, Refused
try:
    print("released:", EgressGate(sys.argv[1]).release(sys.argv[2]).text, end="")
except Refused as exc:
    print("refused:", exc)
"""


def _release(root: Path, name: str) -> str:
    try:  # (the bound only keeps a hang from holding the suite: no writer ever comes)
        done = subprocess.run([sys.executable, "-c", RELEASE, str(root), name], capture_output=True, text=True, cwd=root,
                              timeout=60, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the gate waited on {name}")
    return done.stdout


@pytest.mark.parametrize("name", ["pipe.py", "link.py"])
def test_a_fifo_named_in_the_checkout_is_refused_not_read(tmp_path: Path, name):
    os.mkfifo(tmp_path / "pipe.py")
    (tmp_path / "link.py").symlink_to("pipe.py")
    out = _release(tmp_path, name)
    assert out.startswith("refused:") and "not a regular file (FIFO)" in out, out


def test_a_regular_file_is_still_released(tmp_path: Path):
    (tmp_path / "ok.py").write_text("x = 1\n")
    assert _release(tmp_path, "ok.py") == "released: x = 1\n"

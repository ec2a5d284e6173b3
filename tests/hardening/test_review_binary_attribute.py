"""A repository's ``.gitattributes`` can tell git that its source files are binary (``*.py -diff``
or ``*.py binary``): git then diffs them as "Binary files differ", with no lines. ``postil review
--staged`` must not take git's word for it and pass the change as "All clear": a file is binary
when its content is (a NUL byte in its first 8000 bytes, git's own test), and a text file marked
binary is reviewed like any other. A file whose content is binary is still skipped."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from postil.cli import main

pytestmark = pytest.mark.slow  # git repositories

RISKY = "import os\n\n\ndef run(code):\n    return eval(code)\n"


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=a", "-c", "user.email=a@example.com", *args], cwd=root, check=True,
                   capture_output=True)


@pytest.mark.parametrize("attribute", ["*.py -diff", "*.py binary", "* -diff -text"])
def test_a_source_file_marked_binary_is_reviewed(tmp_path, monkeypatch, capsys, attribute):
    root = tmp_path / "repo"
    root.mkdir()
    _git(root, "init", "-q")
    (root / ".gitattributes").write_text(attribute + "\n")
    (root / "app.py").write_text("import os\n")
    (root / "logo.py").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    _git(root, "add", ".")
    _git(root, "commit", "-qm", "init")
    (root / "app.py").write_text(RISKY)
    (root / "logo.py").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR eval(code)")
    _git(root, "add", ".")
    monkeypatch.chdir(root)

    code = main(["review", "--staged", "--no-llm"])

    out = capsys.readouterr().out
    assert "app.py:5:" in out and "All clear" not in out
    assert "skipped app.py" not in out and "skipped logo.py: binary" in out
    assert code == 1

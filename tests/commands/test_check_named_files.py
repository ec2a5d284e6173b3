"""A file named on the command line that postil did not check fails the run: the user asked for
it, so "no findings" would claim what nobody looked at. Ruff reports a named file it cannot read
as an error (E902) and exits 1; Semgrep skipped named files silently ("ran on 0 files") and its
users asked why (semgrep#4638, #3235, #4801). Each such file is named on stderr with the reason,
the summary says the run is not complete, and the exit code is 1. A file the walk of a named
directory skips for not being code (binary, too large) still passes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

CLEAN = "x = 1\n"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".postil.toml").write_text("max-file-size = 200\n")
    (tmp_path / "clean.py").write_text(CLEAN)
    (tmp_path / "logo.py").write_bytes(b"x = 1\n\0\1\2\3")
    (tmp_path / "big.py").write_text(CLEAN * 100)
    os.mkfifo(tmp_path / "pipe.py")
    return tmp_path


@pytest.mark.parametrize(("name", "reason"), [
    ("logo.py", "binary file"),
    ("big.py", "larger than max-file-size (600 > 200 bytes)"),
    ("pipe.py", "not a regular file (FIFO)"),
])
def test_a_named_file_left_unchecked_fails_the_run_and_says_why(postil, tree, name, reason):
    done = postil("check", "clean.py", name, "--no-cache", cwd=tree)
    assert done.code == 1, done.stderr
    assert f"postil: {name}: named but not checked: {reason}" in done.stderr
    assert "All clear" not in done.stdout and "1 file named on the command line was not checked" in done.stdout
    as_json = json.loads(postil("check", "clean.py", name, "--no-cache", "--format", "json", cwd=tree).stdout)
    assert as_json["summary"]["complete"] is False and as_json["summary"]["files_checked"] == 1


def test_a_named_path_that_is_not_there_fails_the_run_beside_a_checked_one(postil, tree):
    done = postil("check", "clean.py", "gone.py", "--no-cache", cwd=tree)
    assert done.code == 1, done.stderr
    assert "postil: gone.py: no such file or directory" in done.stderr
    assert "1 file named on the command line was not checked" in done.stdout


def test_files_a_named_directory_holds_that_are_not_code_still_pass(postil, tree):
    os.remove(tree / "pipe.py")  # (a FIFO in the tree is reported and fails the run: test_walker)
    done = postil("check", ".", "--no-cache", cwd=tree)
    assert done.code == 0, done.stdout + done.stderr
    assert "named on the command line" not in done.stdout

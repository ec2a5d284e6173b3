"""``review --staged`` (the pre-commit hook) honours the STAGED ``.postil-baseline``, the one
being committed; ``check`` and ``review FILES`` honour the working tree's (issue 36)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from postil.analyzers.baseline import FILE_NAME
from tests.baseline_repo import dismissed_repo, git, postil

pytestmark = pytest.mark.slow

RISKY = "def run(text):\n    return eval(text)\n"


def rules(result: subprocess.CompletedProcess) -> list[str]:
    assert result.returncode in (0, 1), result.stderr
    return [f["rule"] for f in json.loads(result.stdout)["findings"]]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with a risky file staged and its finding dismissed in the working tree's baseline."""
    root, _finding = dismissed_repo(tmp_path, RISKY)
    return root


def test_the_hook_does_not_honour_a_baseline_entry_that_is_not_staged(repo):
    staged = rules(postil(repo, "review", "--staged", "--no-llm", "--format", "json"))
    assert staged != []  # the dismissal is not part of the commit: the finding is reported
    assert rules(postil(repo, "check", "risky.py", "--format", "json")) == []
    assert rules(postil(repo, "review", "risky.py", "--no-llm", "--format", "json")) == []


def test_the_hook_honours_the_staged_baseline_whatever_the_working_tree_holds(repo):
    git(repo, "add", FILE_NAME)
    (repo / FILE_NAME).unlink()  # the working tree's copy gone; the staged one holds the entry
    assert rules(postil(repo, "review", "--staged", "--no-llm", "--format", "json")) == []
    assert rules(postil(repo, "check", "risky.py", "--format", "json")) != []


def test_a_staged_baseline_that_is_a_link_hides_nothing_and_says_so(repo):
    (repo / FILE_NAME).rename(repo / "elsewhere")
    os.symlink("elsewhere", repo / FILE_NAME)
    git(repo, "add", FILE_NAME, "elsewhere")
    reviewed = postil(repo, "review", "--staged", "--no-llm", "--format", "json")
    assert rules(reviewed) != []
    assert f"{FILE_NAME}: not read, it hides nothing: a symbolic link" in reviewed.stderr

"""`postil install-hook` writes only inside the repository (issue 30, item 7): a
``core.hooksPath`` or a hooks link leading out is refused by name, and another program's
hook is never replaced or moved, ``--force`` or not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

GIT_ENV = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "LC_ALL": "C.UTF-8"}
FOREIGN = "#!/bin/sh\necho 'team hook'\n"


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, env=GIT_ENV, capture_output=True, check=True)


def install(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**GIT_ENV, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.run([sys.executable, "-P", "-m", "postil", "install-hook", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def repo(tmp_path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    return root


@pytest.fixture
def outside(tmp_path) -> Path:
    """A directory of the user's outside the repository."""
    path = tmp_path / "home" / "bin"
    path.mkdir(parents=True)
    return path


def everything_under(path: Path) -> list[str]:
    return sorted(str(p.relative_to(path)) for p in path.rglob("*"))


@pytest.mark.parametrize("setting", ["absolute", "relative"])
def test_a_hooks_path_outside_the_repository_is_refused_by_name(repo, outside, setting):
    target = outside / "hooks"
    git(repo, "config", "core.hooksPath", str(target) if setting == "absolute" else "../home/bin/hooks")
    result = install(repo)
    assert result.returncode == 1
    assert "core.hooksPath" in result.stderr and str(target) in result.stderr
    assert "postil review --staged" in result.stderr  # what to do instead
    assert everything_under(outside) == []  # not even the folder was made


def test_a_hooks_folder_linked_out_of_the_archive_is_refused(repo, outside):
    hooks = repo / ".git" / "hooks"
    if hooks.exists():
        for p in hooks.iterdir():
            p.unlink()
        hooks.rmdir()
    hooks.symlink_to(outside)
    result = install(repo)
    assert result.returncode == 1 and str(outside) in result.stderr
    assert everything_under(outside) == []


def test_a_committed_hooks_folder_that_is_a_link_out_is_refused(repo, outside):
    (repo / ".githooks").symlink_to(outside)
    git(repo, "config", "core.hooksPath", ".githooks")
    result = install(repo)
    assert result.returncode == 1 and str(outside) in result.stderr
    assert everything_under(outside) == []


def test_a_git_folder_that_is_a_link_out_is_refused(repo, tmp_path):
    elsewhere = tmp_path / "elsewhere.git"
    (repo / ".git").rename(elsewhere)
    (repo / ".git").symlink_to(elsewhere)
    before = everything_under(elsewhere)
    result = install(repo)
    assert result.returncode == 1 and "link" in result.stderr and str(elsewhere) in result.stderr
    assert everything_under(elsewhere) == before


def test_another_programs_hook_is_never_moved_even_with_force(repo):
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.parent.mkdir(parents=True, exist_ok=True)
    hook.write_text(FOREIGN)
    before = everything_under(hook.parent)
    for args in ((), ("--force",)):
        result = install(repo, *args)
        assert result.returncode != 0
        assert hook.read_text() == FOREIGN
        assert everything_under(hook.parent) == before  # no backup, nothing added
    assert "postil review --staged || exit 1" in install(repo).stderr


def test_a_linked_worktree_gets_the_hook_in_the_repository_git_directory(repo, tmp_path):
    (repo / "a.py").write_text("x = 1\n")
    git(repo, "add", "a.py")
    git(repo, "-c", "user.name=a", "-c", "user.email=a@example.com", "commit", "-q", "-m", "a")
    worktree = tmp_path / "wt"
    git(repo, "worktree", "add", "-q", str(worktree))
    result = install(worktree)
    assert result.returncode == 0, result.stderr
    assert "review --staged" in (repo / ".git" / "hooks" / "pre-commit").read_text()

"""Real git repositories in temp dirs (the ``repo`` fixture), and `postil review` run against them
in a subprocess (the staged-review tests, ``test_staged_*.py``).
The results-cache tests' ``cache_on`` and ``reads`` (the files a check read, counted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from postil.analyzers import checker as checker_module

# Isolate from the machine's git config (aliases, hooksPath, diff drivers, init templates).
GIT_ENV = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "LC_ALL": "C.UTF-8"}
GIT_ENV.pop("SKIP", None)
for name in ("GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE"):
    GIT_ENV.pop(name, None)


class Result:
    def __init__(self, proc: subprocess.CompletedProcess) -> None:
        self.code, self.stdout, self.stderr = proc.returncode, proc.stdout, proc.stderr

    @property
    def json(self) -> dict:
        return json.loads(self.stdout)

    def rules_at(self) -> list[tuple[str, int, str]]:
        """(path, 1-based line, rule) of every finding in JSON output."""
        return [(f["path"], f["line"], f["rule"]) for f in self.json["findings"]]

    def skipped(self) -> dict[str, str]:
        return {s["path"]: s["reason"] for s in self.json["summary"]["coverage"]["skipped"]}


class Repo:
    def __init__(self, root: Path) -> None:
        self.root = root

    def git(self, *args: str, input: bytes | None = None, check: bool = True, env: dict | None = None) -> str:
        proc = subprocess.run(["git", *args], check=False, cwd=self.root, input=input, capture_output=True,
                              env={**GIT_ENV, **(env or {})})
        if check and proc.returncode != 0:
            raise AssertionError(f"git {' '.join(args)} failed: {proc.stderr.decode()}")
        return proc.stdout.decode("utf-8", "replace")

    def git_proc(self, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
        """Run git and keep its exit status and output (for commands that may fail, like a hooked commit)."""
        return subprocess.run(["git", *args], check=False, cwd=self.root, capture_output=True, text=True,
                              env={**GIT_ENV, **(env or {})})

    def write(self, rel: str, text: str | bytes) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def read(self, rel: str) -> str:
        return (self.root / rel).read_text(encoding="utf-8")

    def staged(self, rel: str) -> str:
        return self.git("show", f":{rel}")

    def commit_all(self, message: str = "commit") -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "--no-verify", "-m", message)

    def state(self) -> tuple[str, str, str]:
        """Index entries, unstaged diff and staged diff: must not change under a review."""
        return (self.git("ls-files", "-s"), self.git("diff"), self.git("diff", "--cached"))

    def postil(self, *args: str, env: dict | None = None, cwd: Path | None = None) -> Result:
        proc = subprocess.run([sys.executable, "-m", "postil", *args], check=False, cwd=cwd or self.root, capture_output=True,
                              text=True, env={**GIT_ENV, **(env or {})}, timeout=120)
        return Result(proc)

    def review(self, *args: str, **kw) -> Result:
        return self.postil("review", *args, "--format", "json", **kw)


def make_repo(path: Path) -> Repo:
    path.mkdir(parents=True, exist_ok=True)
    repo = Repo(path)
    repo.git("init", "-q", "-b", "main")
    repo.git("config", "user.name", "Test User")
    repo.git("config", "user.email", "test@example.com")
    repo.git("config", "commit.gpgsign", "false")
    return repo


@pytest.fixture
def repo(tmp_path) -> Repo:
    return make_repo(tmp_path / "repo")


@pytest.fixture
def cache_on(monkeypatch):
    """The results cache on (the suite checks without it: tests/conftest.py)."""
    monkeypatch.delenv("POSTIL_NO_CACHE", raising=False)


@pytest.fixture
def reads(monkeypatch) -> list[Path]:
    """Each file the checks read to check it, in order (the result-cache tests count them)."""
    read: list[Path] = []
    original = checker_module.Checker.read

    def counted(self, path, *held):
        read.append(path)
        return original(self, path, *held)

    monkeypatch.setattr(checker_module.Checker, "read", counted)
    return read

"""TOML a repository wrote: its config file and the gitleaks configuration it names are read
as regular files within a bound and parsed without deep nesting ending the process. A FIFO
named as ``gitleaks-rules`` held ``postil check`` forever; ``x = [[[...`` 50,000 deep in
either file ended every command with a RecursionError traceback. Each now gives one error
naming the file, and a check still runs the other rules."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # the hardening suite: subprocesses on hostile inputs

FINDING = "def f(x):\n    return x == None\n"
DEEP = "x = " + "[" * 50_000 + "]" * 50_000 + "\n"


def postil(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POSTIL_")}
    return subprocess.run([sys.executable, "-P", "-m", "postil", *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=120, check=False)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "app.py").write_text(FINDING)
    (tmp_path / "pyproject.toml").write_text('[tool.postil]\ngitleaks-rules = "leaks.toml"\n')
    return tmp_path


@pytest.mark.parametrize("make, problem", [
    (lambda p: os.mkfifo(p), "not a regular file (FIFO)"),
    (lambda p: p.write_text(DEEP), "nested too deeply"),
], ids=["fifo", "nested"])
def test_a_hostile_gitleaks_file_is_one_error_and_the_rules_still_run(repo, make, problem):
    make(repo / "leaks.toml")
    done = postil("check", ".", cwd=repo)
    assert "Traceback" not in done.stderr, done.stderr
    assert "leaks.toml: " in done.stderr and problem in done.stderr, done.stderr
    assert done.returncode == 1 and "app.py" in done.stdout  # the built-in rules still ran


def test_a_config_file_nested_too_deeply_is_a_config_error_naming_it(repo):
    (repo / "pyproject.toml").write_text("[tool.postil]\n" + DEEP)
    done = postil("check", ".", cwd=repo)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 2 and "pyproject.toml: invalid TOML" in done.stderr and "nested too deeply" in done.stderr

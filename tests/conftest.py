"""Shared fixtures: run the real `postil` CLI in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


class PostilRun:
    def __init__(self, proc: subprocess.CompletedProcess) -> None:
        self.code = proc.returncode
        self.stdout = proc.stdout
        self.stderr = proc.stderr

    @property
    def json(self) -> dict:
        return json.loads(self.stdout)


def pytest_configure(config):
    """postil reads the user's config file and trust store under $XDG_CONFIG_HOME: never the
    real $HOME's in tests (module-scoped fixtures start before any per-test fixture)."""
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="postil-xdg-")


@pytest.fixture(autouse=True)
def user_config_home(tmp_path_factory, monkeypatch) -> Path:
    """A fresh, empty $XDG_CONFIG_HOME for every test (servers and CLI runs inherit it)."""
    home = tmp_path_factory.mktemp("xdg-config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


@pytest.fixture
def postil():
    """Run `python -m postil ARGS` in a directory and capture the result."""

    def run(*args: str, cwd: Path | str = REPO, input: str | None = None) -> PostilRun:
        proc = subprocess.run(
            [sys.executable, "-m", "postil", *map(str, args)],
            cwd=cwd, capture_output=True, text=True, input=input, timeout=120,
        )
        return PostilRun(proc)

    return run

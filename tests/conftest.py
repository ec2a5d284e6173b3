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

# labeled files the scanner reads (some are named like tests, with fake secrets in them): never collected
collect_ignore = ["fixtures"]
# a file that starts more processes than the fast tier's budget fails the run unless marked slow
pytest_plugins = ["tests.tier_budget"]


class PostilRun:
    def __init__(self, proc: subprocess.CompletedProcess) -> None:
        self.code = proc.returncode
        self.stdout = proc.stdout
        self.stderr = proc.stderr

    @property
    def json(self) -> dict:
        return json.loads(self.stdout)


def pytest_configure(config):
    """postil reads the user's config file and trust store under $XDG_CONFIG_HOME and records
    its .postil/ directories under $XDG_STATE_HOME: never the real $HOME's in tests
    (module-scoped fixtures start before any per-test fixture)."""
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="postil-xdg-")
    # Run from a git hook or `git bisect run`, git's own variables would point every test
    # repository's git commands at this checkout (a test's `git init --bare` made it bare).
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR",
                 "GIT_PREFIX"):
        os.environ.pop(name, None)
    os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="postil-xdg-state-")
    # Parsed rule files are cached by content (postil.core.usercache): one cache for the run.
    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="postil-xdg-cache-")
    # Every check checks its files (no results kept in .postil/ of the checkout or of a test's
    # tree between tests); the tests of the results cache turn it on.
    os.environ["POSTIL_NO_CACHE"] = "1"


@pytest.fixture(autouse=True)
def user_config_home(tmp_path_factory, monkeypatch) -> Path:
    """A fresh, empty $XDG_CONFIG_HOME for every test (servers and CLI runs inherit it)."""
    home = tmp_path_factory.mktemp("xdg-config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def _own_state_dir(tmp_path_factory, monkeypatch):
    """postil records the ``.postil/`` directories it makes in the user's state directory;
    tests keep those records in a temp dir (subprocesses inherit the variable)."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("xdg-state")))


@pytest.fixture
def postil():
    """Run `python -P -m postil ARGS` in a directory (the workspace never shadows imports)."""

    def run(*args: str, cwd: Path | str = REPO, input: str | None = None) -> PostilRun:
        proc = subprocess.run(
            [sys.executable, "-P", "-m", "postil", *map(str, args)],
            cwd=cwd, capture_output=True, text=True, input=input,
            timeout=600,  # (a hang guard, not a speed check: `rules test` of the packs took 110 s at load 20)
        )
        return PostilRun(proc)

    return run


# The fast tier (`scripts/test --fast`, or `pytest -m "not slow"`): every test not marked slow.
# A module or test that drives real editors, language-server sessions, Chroma servers, killed
# processes or the CLI in a subprocess says so itself (`pytestmark = pytest.mark.slow`); so does
# every test that takes the `postil` fixture (the CLI in a subprocess). The fast tier still runs
# git (throwaway repositories), ast-grep's CLI and `nvim --version` (collecting the editor tests);
# the README says how often.
def pytest_collection_modifyitems(config, items):
    for item in items:
        if "postil" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def fake():
    """Our fake LLM provider (OpenAI, Anthropic and embeddings APIs) on 127.0.0.1, for the real SDKs."""
    from tests.analyzers.llm.fake_provider import FakeProvider

    server = FakeProvider().start()
    yield server
    server.stop()

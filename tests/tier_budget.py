"""The fast tier's budget, counted rather than timed: a test that is not marked slow runs in the
fast tier, and the processes its file's fast tests start (every one the test process starts:
git, ast-grep, an interpreter, not their own children; counted with an audit hook) may not pass
``FAST_TIER_PROCESSES``. Over it, the run fails naming the file and the count, so a slow file
cannot land in the fast tier unmarked: mark it (``pytestmark = pytest.mark.slow``) or make it
start fewer processes."""

from __future__ import annotations

import sys
from collections import Counter

import pytest

# Measured when this was set (2026-11-23): the fast tests of tests/test_check_cli.py started 10, of
# tests/llm/test_llm_quality.py 2, every other fast file none; test_check_cli.py's slow tests start 28.
FAST_TIER_PROCESSES = 20
_PROCESS_EVENTS = frozenset({"subprocess.Popen", "os.system", "os.posix_spawn", "os.fork", "os.exec"})

_started: Counter[str] = Counter()
_counting: list[str | None] = [None]  # the fast test file whose test runs now
_hooked: list[bool] = [False]


def _count(event: str, _args) -> None:
    if _counting[0] is not None and event in _PROCESS_EVENTS:
        _started[_counting[0]] += 1


def pytest_configure(config):
    if not _hooked[0]:  # audit hooks cannot be removed: one for the process
        sys.addaudithook(_count)
        _hooked[0] = True


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    _counting[0] = None if item.get_closest_marker("slow") else str(item.path)
    try:
        yield
    finally:
        _counting[0] = None


def over_budget() -> dict[str, int]:
    """Fast test files that started more processes than the budget, with their counts."""
    return {path: n for path, n in sorted(_started.items()) if n > FAST_TIER_PROCESSES}


def pytest_sessionfinish(session, exitstatus):
    if over_budget() and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter):
    for path, n in over_budget().items():
        terminalreporter.write_line(
            f"fast tier over budget: {path} started {n} processes in tests not marked slow "
            f"(at most {FAST_TIER_PROCESSES}); mark the file slow (pytestmark = pytest.mark.slow)", red=True)

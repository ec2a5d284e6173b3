"""The fast tier's budget, counted rather than timed: a test that is not marked slow runs in the
fast tier, and the work its file's fast tests start may not pass ``FAST_TIER_BUDGET``. The work is
every process the test process starts (not their own children; counted with an audit hook): a
Python interpreter costs ``INTERPRETER_COST`` (a CLI run, a bench script, a server), any other
program 1 (git, ast-grep). Over budget, the run fails naming the file, so a slow file cannot land
in the fast tier unmarked: mark it (``pytestmark = pytest.mark.slow``) or make it start less."""

from __future__ import annotations

import os
import sys
from collections import Counter

import pytest

# Measured when this was set (2026-11-23), in units: the fast tests of tests/rag/test_search_ranking.py
# cost 20 (20 git runs), of tests/analyzers/llm/test_llm_quality.py 20 (two bench scripts), every other fast
# file 10 or less; the 28 CLI runs of tests/commands/test_check_cli.py's slow tests cost 280.
FAST_TIER_BUDGET = 60
INTERPRETER_COST = 10
_PROCESS_EVENTS = frozenset({"subprocess.Popen", "os.system", "os.posix_spawn", "os.exec"})

_spent: Counter[str] = Counter()
_counting: list[str | None] = [None]  # the fast test file whose test runs now
_hooked: list[bool] = [False]


def _cost(event: str, args) -> int:
    if event != "subprocess.Popen":
        return 1
    executable, argv = args[0], args[1]
    program = executable or (argv[0] if isinstance(argv, (list, tuple)) and argv else str(argv).split(" ")[0])
    name = os.path.basename(os.fsdecode(program))
    return INTERPRETER_COST if name.startswith("python") or os.fsdecode(program) == sys.executable else 1


def _count(event: str, args) -> None:
    if _counting[0] is not None and event in _PROCESS_EVENTS:
        _spent[_counting[0]] += _cost(event, args)


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
    """Fast test files whose processes cost more than the budget, with their cost."""
    return {path: n for path, n in sorted(_spent.items()) if n > FAST_TIER_BUDGET}


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    """(pytest-xdist's controller) what a worker's fast tests started counts here."""
    _spent.update(getattr(node, "workeroutput", {}).get("fast_tier_spent", {}))


def pytest_sessionfinish(session, exitstatus):
    if hasattr(session.config, "workeroutput"):  # a pytest-xdist worker: its controller judges
        session.config.workeroutput["fast_tier_spent"] = dict(_spent)
        return
    if over_budget() and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter):
    for path, n in over_budget().items():
        terminalreporter.write_line(
            f"fast tier over budget: {path} started processes costing {n} in tests not marked slow (at most "
            f"{FAST_TIER_BUDGET}; a Python interpreter costs {INTERPRETER_COST}, another program 1); "
            f"mark the file slow (pytestmark = pytest.mark.slow)", red=True)

"""A test file whose fast tests start more work than the fast tier's budget must be marked slow:
the run fails and names it otherwise (tests/tier_budget.py counts the processes with an audit
hook, a Python interpreter at INTERPRETER_COST and any other program at 1)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.tier_budget import FAST_TIER_BUDGET, INTERPRETER_COST

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow  # runs pytest in a subprocess

STARTS = """
import subprocess

import pytest

{mark}

def test_starts_processes():
    for _ in range({count}):
        subprocess.run({program!r}, check=True)


def test_starts_as_many_again():
    for _ in range({count}):
        subprocess.run({program!r}, check=True)
"""
PYTHON = [sys.executable, "-c", ""]
TRUE = [shutil.which("true")]


def _run(tmp_path: Path, program: list[str], count: int, mark: str = "", *options: str) -> subprocess.CompletedProcess:
    """pytest on a file of two tests that each start ``count`` of ``program``."""
    (tmp_path / "pytest.ini").write_text("[pytest]\nmarkers =\n    slow: slow\n")
    (tmp_path / "test_work.py").write_text(STARTS.format(count=count, program=program, mark=mark))
    return subprocess.run([sys.executable, "-P", "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.tier_budget",
                           *options, "test_work.py"], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})


# (each test alone within the budget, the file over it)
@pytest.mark.parametrize(("program", "count", "options"), [
    (TRUE, FAST_TIER_BUDGET // 2 + 1, ()),
    (PYTHON, FAST_TIER_BUDGET // INTERPRETER_COST // 2 + 1, ()),
    (TRUE, FAST_TIER_BUDGET // 2 + 1, ("-n", "2")),  # pytest-xdist: one test in each worker
], ids=["programs", "interpreters", "two-workers"])
def test_an_unmarked_file_over_the_budget_fails_the_run_and_is_named(tmp_path, program, count, options):
    over = _run(tmp_path, program, count, "", *options)
    assert over.returncode == 1, over.stdout + over.stderr
    assert "2 passed" in over.stdout  # the tests themselves passed: the budget failed the run
    cost = 2 * count * (INTERPRETER_COST if program is PYTHON else 1)
    assert f"fast tier over budget: {tmp_path / 'test_work.py'} started processes costing {cost} " in over.stdout


def test_the_same_work_marked_slow_or_within_the_budget_passes(tmp_path):
    marked = _run(tmp_path, PYTHON, FAST_TIER_BUDGET // INTERPRETER_COST, mark="pytestmark = pytest.mark.slow")
    assert marked.returncode == 0, marked.stdout + marked.stderr
    within = _run(tmp_path, TRUE, FAST_TIER_BUDGET // 2)
    assert within.returncode == 0, within.stdout + within.stderr
    assert "over budget" not in within.stdout

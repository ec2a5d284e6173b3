"""A test file that starts more processes than the fast tier's budget must be marked slow: the run
fails and names it otherwise (tests/tier_budget.py counts the processes with an audit hook)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.tier_budget import FAST_TIER_PROCESSES

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow  # runs pytest in a subprocess

STARTS = """
import subprocess
import sys

import pytest

{mark}

def test_starts_processes():
    for _ in range({count}):
        subprocess.run([sys.executable, "-c", ""], check=True)
"""


def _run(tmp_path: Path, count: int, mark: str = "") -> subprocess.CompletedProcess:
    (tmp_path / "pytest.ini").write_text("[pytest]\nmarkers =\n    slow: slow\n")
    (tmp_path / "test_work.py").write_text(STARTS.format(count=count, mark=mark))
    return subprocess.run([sys.executable, "-P", "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.tier_budget",
                           "test_work.py"], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})


def test_an_unmarked_file_over_the_budget_fails_the_run_and_is_named(tmp_path):
    over = _run(tmp_path, FAST_TIER_PROCESSES + 1)
    assert over.returncode == 1, over.stdout + over.stderr
    assert "1 passed" in over.stdout  # the test itself passed: the budget failed the run
    assert f"fast tier over budget: {tmp_path / 'test_work.py'} started {FAST_TIER_PROCESSES + 1} processes" in over.stdout


def test_the_same_file_marked_slow_or_within_the_budget_passes(tmp_path):
    marked = _run(tmp_path, FAST_TIER_PROCESSES + 1, mark="pytestmark = pytest.mark.slow")
    assert marked.returncode == 0, marked.stdout + marked.stderr
    within = _run(tmp_path, FAST_TIER_PROCESSES)
    assert within.returncode == 0, within.stdout + within.stderr
    assert "over budget" not in within.stdout

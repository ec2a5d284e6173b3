"""scripts/test (and .ci/run, which runs it) fails when pytest collects no tests (exit 5: a
mistyped path or -k), and passes pytest's own status through otherwise (issue 34)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def checkout(tmp_path) -> Path:
    """scripts/test and pyproject.toml beside a tests/ of two tests, with this environment as .venv."""
    root = tmp_path / "repo"
    (root / "scripts").mkdir(parents=True)
    shutil.copy2(REPO / "scripts" / "test", root / "scripts" / "test")
    shutil.copy2(REPO / "pyproject.toml", root / "pyproject.toml")
    (root / "tests").mkdir()
    (root / "tests" / "test_one.py").write_text("def test_passes():\n    pass\n\n\ndef test_fails():\n    assert False\n")
    (root / ".venv").symlink_to(Path(sys.executable).parent.parent)
    return root


def fast(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(root / "scripts" / "test"), "--fast", *args], cwd=root, capture_output=True, text=True,
                          timeout=300)


@pytest.mark.slow
@pytest.mark.parametrize("args", [("-k", "no_test_is_named_this"), ("tests/test_one.py", "-k", "missing")],
                         ids=["k-matches-nothing", "file-with-k-matching-nothing"])
def test_no_tests_collected_is_a_failure(checkout, args):
    done = fast(checkout, *args)
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert "error: pytest collected no tests" in done.stderr


@pytest.mark.slow
def test_pytest_status_passes_through(checkout):
    assert fast(checkout, "-k", "passes").returncode == 0
    failed = fast(checkout, "-k", "fails")
    assert failed.returncode == 1 and "collected no tests" not in failed.stderr
    assert fast(checkout, "--no-such-option").returncode == 4  # usage error, as pytest says


@pytest.mark.slow
def test_the_whole_tier_runs_in_workers_and_a_chosen_file_in_one_process(checkout):
    whole = fast(checkout)
    assert whole.returncode == 1 and "[gw" in whole.stdout  # pytest-xdist's workers name themselves
    chosen = fast(checkout, "tests/test_one.py")
    assert chosen.returncode == 1 and "[gw" not in chosen.stdout

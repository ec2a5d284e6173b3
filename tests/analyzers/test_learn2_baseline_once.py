"""A large ``.postil-baseline`` is cheap (issue 36): a check on many files, in forked worker
processes, reads it once (the workers inherit it) and still hides what it names in every file."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from postil.analyzers import baseline
from postil.analyzers.checker import CheckerCache
from postil.scan import check_paths

pytestmark = pytest.mark.slow  # forks worker processes

FILES = 40  # enough for worker processes, below the ast-grep CLI's threshold


@pytest.fixture
def parses(tmp_path: Path, monkeypatch) -> Path:
    """Each parse of a baseline, in this process or a forked worker, adds a line to the file returned."""
    counter = tmp_path / "parses"
    counter.write_text("")
    real = baseline.parse

    def counted(text: str):
        with counter.open("a") as out:
            out.write("parse\n")
        return real(text)

    monkeypatch.setattr(baseline, "parse", counted)
    return counter


def test_a_check_in_worker_processes_reads_the_baseline_once_and_it_hides_in_every_file(tmp_path, monkeypatch,
                                                                                       parses):
    root = tmp_path / "repo"
    root.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    for number in range(FILES):
        (root / f"m{number}.py").write_text(f"def run{number}(text):\n    return eval(text)\n")
    monkeypatch.chdir(root)
    found = check_paths([root], CheckerCache(baselines=None), jobs=1)
    findings = [f for r in found.reports for f in r.findings]
    assert len({f.path for f in findings}) == FILES
    baseline.save(root, [baseline.Entry(baseline.relative_path(f.path, root), f.rule, f.fingerprint, "old")
                         for f in findings])
    parses.write_text("")

    result = check_paths([root], CheckerCache(), jobs=2, bulk=False)

    assert [f for r in result.reports for f in r.findings] == []
    assert parses.read_text().count("parse") == 1

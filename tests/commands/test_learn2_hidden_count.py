"""``check`` says how many findings the team's ``.postil-baseline`` hid (text and JSON), and its
SARIF keeps them, marked suppressed (kind "external"), so code scanning closes rather than
forgets them (issue 36)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.baseline_repo import postil as run_postil

pytestmark = pytest.mark.slow

RISKY = "def run{n}(text):\n    return eval(text)\n"


def postil(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    result = run_postil(cwd, *args, timeout=300)
    assert result.returncode in (0, 1), result.stderr
    return result


def workspace(tmp_path: Path, files: int, dismissed: int) -> Path:
    """``files`` risky files in a git repository, the first ``dismissed`` of them in the baseline."""
    root = tmp_path / "repo"
    root.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    for n in range(files):
        (root / f"m{n:03}.py").write_text(RISKY.format(n=n))
    found = json.loads(postil(root, "check", "--format", "json").stdout)["findings"]
    fingerprints = [f["fingerprint"] for f in found if f["path"] < f"m{dismissed:03}.py"]
    assert len(fingerprints) == dismissed
    postil(root, "dismiss", *fingerprints)
    return root


def test_check_says_how_many_findings_the_baseline_hid(tmp_path):
    root = workspace(tmp_path, files=3, dismissed=2)
    text = postil(root, "check").stdout
    assert "2 findings hidden by .postil-baseline" in text
    assert "m002.py:2" in text and "m000.py" not in text
    summary = json.loads(postil(root, "check", "--format", "json").stdout)["summary"]
    assert (summary["findings"], summary["hidden_by_baseline"]) == (1, 2)


def test_sarif_marks_the_hidden_findings_suppressed_instead_of_dropping_them(tmp_path):
    root = workspace(tmp_path, files=3, dismissed=2)
    [run] = json.loads(postil(root, "check", "--format", "sarif").stdout)["runs"]
    by_file = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r for r in run["results"]}
    assert sorted(by_file) == ["m000.py", "m001.py", "m002.py"]
    assert by_file["m000.py"]["suppressions"] == [{"kind": "external"}]
    assert by_file["m001.py"]["suppressions"] == [{"kind": "external"}]
    assert "suppressions" not in by_file["m002.py"]


def test_a_check_of_many_files_through_ast_grep_counts_every_hidden_finding(tmp_path):
    root = workspace(tmp_path, files=80, dismissed=70)  # past the ast-grep CLI's threshold
    summary = json.loads(postil(root, "check", "--format", "json").stdout)["summary"]
    assert (summary["findings"], summary["hidden_by_baseline"]) == (10, 70)

"""A repository's .gitignore is untrusted input of any length: thousands of patterns must
neither end the walk (pathspec's RE2 set refused to compile them: a traceback out of
`postil check`) nor cost each path a match per pattern (name globs were matched one by one
with fnmatch, past its cache: minutes a file for 60,000 of them)."""

from __future__ import annotations

import fnmatch
import os
import subprocess
import sys
from pathlib import Path

from postil.core import name_globs
from postil.core.walk import PARTLY_APPLIED, walk


def _tree(root: Path, ignore_lines: list[str]) -> Path:
    (root / "src").mkdir(parents=True)
    for name in ("app.py", "gen7_table.py", "keep.py"):
        (root / "src" / name).write_text("x = 1\n")
    (root / ".gitignore").write_text("\n".join(ignore_lines) + "\n")
    return root


def test_thousands_of_double_star_patterns_are_walked_and_named_not_a_crash(tmp_path):
    lines = ["src/gen7_*.py", *(f"**/gen{i}/**/x*y*z*.py" for i in range(3000))]
    root = _tree(tmp_path / "ws", lines)

    result = walk([root], root=root)

    assert sorted(p.name for p in result.files) == [".gitignore", "app.py", "keep.py"]  # the first pattern applied
    reasons = [why for path, why in result.skipped if path.name == ".gitignore"]
    assert len(reasons) == 1 and reasons[0].startswith(PARTLY_APPLIED), result.skipped


def test_check_on_a_repository_with_a_long_ignore_file_says_what_it_left_out(tmp_path):
    lines = [f"**/gen{i}/**/x*y*z*.py" for i in range(3000)]
    root = _tree(tmp_path / "ws", lines)
    env = {k: v for k, v in os.environ.items() if not k.startswith("POSTIL_")}

    proc = subprocess.run([sys.executable, "-P", "-m", "postil", "check", "--no-cache", "."], cwd=root,
                          capture_output=True, text=True, env=env, timeout=300, check=False)

    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode == 0, proc.stdout + proc.stderr[-2000:]
    assert f"skipped .gitignore: {PARTLY_APPLIED} (its last " in proc.stdout, proc.stdout
    assert str(tmp_path) not in proc.stdout  # named from the workspace, not by the machine's path
    assert "No findings in 4 files" in proc.stdout, proc.stdout  # (.gitignore is read as text)


def test_many_name_globs_are_not_matched_one_by_one(tmp_path, monkeypatch):
    lines = ["gen7_*.py", *(f"gen{i}_*.tmp" for i in range(20_000))]
    root = _tree(tmp_path / "ws", lines)
    calls = 0
    real = fnmatch.translate

    def counted(pattern):
        nonlocal calls
        calls += 1
        return real(pattern)

    monkeypatch.setattr(name_globs, "translate", counted)

    result = walk([root], root=root)

    assert sorted(p.name for p in result.files) == [".gitignore", "app.py", "keep.py"]
    assert calls < 1_000, calls  # (each glob made part of one regex of names: a regex of ~40,000 alternatives)

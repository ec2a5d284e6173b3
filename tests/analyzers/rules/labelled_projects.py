"""A fixture directory of small JS/TS apps copied into a git repository (so taint follows the
project's own modules), the lines its `// expect:` comments label, and the calls a caller
checked alone reports (a trailing `// checked alone:` comment)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

LABEL = re.compile(r"^\s*//\s*expect:\s*[a-z-]+\s*$")
ALONE = re.compile(r"//\s*checked alone:\s*[a-z-]+\s*$")


def expected(path: Path) -> set[int]:
    """1-based numbers of the lines under an `expect:` comment."""
    lines = path.read_text().splitlines()
    return {number + 1 for number, line in enumerate(lines, start=1) if LABEL.match(line)}


def reported_alone(path: Path) -> set[int]:
    """1-based numbers of the calls marked `// checked alone:`: a caller checked without the
    module it calls (the editor's open file, a staged review) warns there."""
    return {number for number, line in enumerate(path.read_text().splitlines(), start=1) if ALONE.search(line)}


def copied_project(fixtures: Path, tmp_path: Path) -> Path:
    """``fixtures`` copied to a new git repository under ``tmp_path``."""
    root = tmp_path / "apps"
    shutil.copytree(fixtures, root)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    return root

"""A small project written into a directory and checked by the real CLI, as a user runs it over
a tree: the taint findings it prints, as `path:line rule` for each."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

_FINDING = re.compile(r"^(?P<path>[^:\s]+):(?P<line>\d+):\d+: \w+ (?P<rule>[\w/-]+) ")


def taint_findings(root: Path, files: dict[str, str], select: str = "python/security", only: str | None = None) -> list[str]:
    """``files`` (relative path -> text) written under ``root``, then checked (``only``: that one file of
    them, as the editor checks its open file): `path:line rule` of each tainted-* finding of the rules
    ``select`` names, the path relative to ``root``, in the CLI's order."""
    return [f"{place} {rule.rsplit('/', 1)[-1]}" for place, rule in (found.split(" ") for found in
            rule_findings(root, files, select, only)) if "/tainted-" in rule]


def rule_findings(root: Path, files: dict[str, str], select: str, only: str | None = None) -> list[str]:
    """As taint_findings, every finding of the rules ``select`` names: `path:line rule-id`."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    run = subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", "--format", "text", "--select",
                          select, str(root / only if only else root)], check=False, capture_output=True, text=True, timeout=300)
    found = []
    for line in run.stdout.splitlines():
        match = _FINDING.match(line)
        if match:
            path = Path(match["path"])
            path = path.relative_to(root) if path.is_absolute() else path
            found.append(f"{path.as_posix()}:{match['line']} {match['rule']}")
    return found

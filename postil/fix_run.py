"""Safe fixes written to disk after a check (``postil check --fix``, ``postil review --fix``):
applied, the changed files checked again, until nothing changes."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from postil.analyzers.checker import CheckerCache, FileReport
from postil.analyzers.rules.fixes import apply_edits, select_non_overlapping
from postil.core.atomic import write_atomic
from postil.scan import ScanResult

MAX_FIX_PASSES = 10


@dataclass
class FixRun:
    """What ``fix_until_stable`` did: fixes applied, files it would not write and rules
    whose fix matches its own output (applied once, then left alone)."""

    fixed: int = 0
    refused: dict[Path, str] = field(default_factory=dict)
    self_matching: set[tuple[Path, str]] = field(default_factory=set)

    def notes(self) -> list[str]:
        notes = [f"not fixed {path}: {reason}" for path, reason in self.refused.items()]
        notes += [f"note: {rule}'s fix matches its own output; applied once to {path}"
                  for path, rule in sorted(self.self_matching)]
        return notes


def fix_until_stable(result: ScanResult, cache: CheckerCache) -> FixRun:
    """Apply safe fixes, re-check the changed files, repeat until nothing changes
    (a fix can expose another). A rule whose fix is matched again where it just wrote
    is applied once per file and reported, not looped on."""
    run = FixRun()
    written: dict[Path, list[tuple[str, int, int]]] = {}
    for _ in range(MAX_FIX_PASSES):
        for report in result.reports:
            for finding in report.findings:
                if finding.fix is not None and _rewrites_itself(finding, written.get(report.path, ())):
                    run.self_matching.add((report.path, finding.rule))
        written = {}
        for report in result.reports:
            skip = {rule for path, rule in run.self_matching if path == report.path}
            try:
                count, ranges = fix_file(report, skip=skip)
            except OSError as exc:
                run.refused[report.path] = str(exc.strerror or exc)
                continue
            if count:
                run.fixed += count
                written[report.path] = ranges
        if not written:
            break
        rechecked = {path: cache.for_path(path).check_file(path) for path in written}
        result.reports = [rechecked.get(r.path, r) for r in result.reports]
    return run


def _rewrites_itself(finding, written: Iterable[tuple[str, int, int]]) -> bool:
    return any(rule == finding.rule and edit.start <= end and start <= edit.end
               for edit in finding.fix.edits for rule, start, end in written)


def fix_file(report: FileReport, skip: set[str] = frozenset()) -> tuple[int, list[tuple[str, int, int]]]:
    """Apply a file's safe, non-overlapping fixes on disk (rules in ``skip`` left out):
    how many were applied and the (rule, start, end) ranges they wrote in the new text.
    Raises OSError (WriteRefused) for a file postil must not write, e.g. one reached
    through a link out of its repository, or one no longer the text that was checked (the
    fixes' offsets are that text's)."""
    findings = [f for f in report.findings if f.fix is not None and f.rule not in skip]
    if not report.fixable_text or not findings:
        return 0, []
    fixes = select_non_overlapping(findings)
    rule_of = {id(f.fix): f.rule for f in findings}
    data = report.path.read_bytes()
    if hashlib.sha256(data).hexdigest() != report.checked:
        raise OSError("changed since it was checked: not fixed (check it again)")
    text = data.decode("utf-8")
    edits = sorted(((edit, rule_of[id(fix)]) for fix in fixes for edit in fix.edits),
                   key=lambda pair: (pair[0].start, pair[0].end))
    new_text = apply_edits(text, [edit for edit, _ in edits])
    if new_text == text:
        return 0, []
    write_atomic(report.path, new_text, root=tree_root(report.path))
    ranges, shift = [], 0
    for edit, rule in edits:
        start = edit.start + shift
        ranges.append((rule, start, start + len(edit.new_text)))
        shift += len(edit.new_text) - (edit.end - edit.start)
    return len(fixes), ranges


def tree_root(path: Path) -> Path:
    """The repository (or postil project) a path was named in: the nearest directory,
    along the path as written (links not resolved), holding ``.git`` or ``.postil.toml``;
    else the current directory when the path is under it, else the path's own directory.
    Fixes are written only inside it, so a committed link cannot lead them out."""
    absolute = Path(os.path.abspath(path))
    for directory in absolute.parents:
        if os.path.lexists(directory / ".git") or os.path.lexists(directory / ".postil.toml"):
            return directory
    cwd = Path(os.path.abspath("."))
    return cwd if cwd in absolute.parents else absolute.parent

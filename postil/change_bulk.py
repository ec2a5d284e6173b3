"""A large change checked as `postil check` checks a tree: the changed files whose work-tree
bytes are the reviewed bytes go through check's bulk scan together (ast-grep's CLI, and the
scan's source probes that tell the taint rules which files read a request at all); a file the
work tree holds otherwise (partly staged, another commit) is left to the review's check of its
own text. A commit of a whole library's files costs what `postil check` of them costs. The findings
are each file's alone: a flow into another module's helper is reported at the call too (a tree
check reports it once, at the helper's sink, which a review of changed lines may leave out)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from postil.analyzers.checker import FileReport


def reports_in_bulk(units: Sequence, cache) -> dict[int, FileReport]:
    """`postil check`'s report for each of ``units`` (change_review's ChangedFile; by ``id``) its
    work tree holds as reviewed, where those are at least as many as check's bulk scan starts at;
    none otherwise."""
    from postil import scan

    if len(units) < scan._BULK_THRESHOLD:  # (a usual commit: nothing read from the work tree)
        return {}
    same = [unit for unit in units if unit.blob is not None and not unit.display.startswith("..")
            and _on_disk(unit.abspath) == unit.blob]
    if len(same) < scan._BULK_THRESHOLD:
        return {}
    by_path = {Path(unit.display): unit for unit in same}
    reports = {}
    for report in scan.check_paths(list(by_path), cache, whole_tree=False).reports:
        unit = by_path.get(report.path)
        # (the bytes check read are the reviewed ones: not changed since they were compared)
        if unit is not None and report.checked == hashlib.sha256(unit.blob).hexdigest():
            reports[id(unit)] = report
    return reports


def _on_disk(path: Path) -> bytes | None:
    try:
        return path.read_bytes() if not path.is_symlink() else None
    except OSError:
        return None

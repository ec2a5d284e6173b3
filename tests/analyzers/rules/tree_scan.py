"""One `postil check` of a folder through the real scan, in process or in bulk (ast-grep's CLI)."""

from __future__ import annotations

from pathlib import Path

from postil import scan
from postil.analyzers.checker import CheckerCache


def scanned(root: Path, bulk_scan: bool, monkeypatch) -> list[tuple[str, object]]:
    """(path relative to ``root``, finding) of every finding, the bulk scan used for any number
    of files when ``bulk_scan`` (else never)."""
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1 if bulk_scan else 10**9)
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=bulk_scan)
    return [(str(r.path), f) for r in result.reports for f in r.findings]

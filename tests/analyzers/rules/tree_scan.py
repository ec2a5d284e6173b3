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


def sent_documents(root: Path, rule_id: str, monkeypatch) -> tuple[list, list[dict]]:
    """The reports of a `postil check` of ``root`` (the bulk scan from scan._BULK_THRESHOLD files),
    and the documents of the rule ``rule_id`` its bulk scan sent to ast-grep's CLI."""
    from postil.analyzers.rules import bulk

    sent: list[dict] = []
    narrowed = bulk._narrowed

    def keeping(docs, names):
        out = narrowed(docs, names)
        sent.extend(doc for doc in out[0] if doc["id"].split("@")[0] == rule_id)
        return out

    monkeypatch.setattr(bulk, "_narrowed", keeping)
    monkeypatch.chdir(root)
    return scan.check_paths([Path(".")], CheckerCache(), jobs=1).reports, sent

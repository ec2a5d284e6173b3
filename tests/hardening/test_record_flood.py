"""ast-grep's CLI prints each match with its whole text and the whole lines it spans, and builds a
file's records in memory first: a 160 KB line of 20,000 `eval(a);` made 3.2 GB of records (58 s,
3.1 GB in ast-grep), nested matches repeat each other's text. A bulk scan now leaves such a file
to the rules in process (the same findings, only what they report read); ordinary files still go
to ast-grep."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil import scan
from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk

pytestmark = pytest.mark.slow  # ast-grep's CLI over a tree

RULE = "js/security/eval-dynamic-code"
MATCHES = 2_200
LONG = "function g(a) {" + "eval(a);" * MATCHES + "}\n"  # one 17.6 KB line (records: ~80 MB)
LEVELS = 1_500  # (a call and its arguments: two levels of the tree each)
PADDING = 60  # each level's line (~99 KB in all; records: ~220 MB)
NESTED = "function g(a) {\n  return " + "".join(f"eval({' ' * PADDING}\n" for _ in range(LEVELS)) + "a" \
    + ")" * LEVELS + ";\n}\n"


def _check(root: Path, monkeypatch) -> tuple[dict[str, list[int]], dict[str, list[dict]]]:
    """Findings (rule -> lines by file) of a bulk scan of ``root``, and ast-grep's records by file."""
    records: dict[str, list[dict]] = {}
    real = bulk.scan

    def scanned(*args, **kw):
        found = real(*args, **kw)
        records.update((path.name, list(r)) for path, r in found.items())
        return found

    monkeypatch.setattr(bulk, "scan", scanned)
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1)
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1)
    findings: dict[str, list[int]] = {}
    for report in result.reports:
        assert report.skipped is None, (report.path, report.skipped)
        for f in report.findings:
            if f.rule == RULE:
                findings.setdefault(report.path.name, []).append(f.span.start_line)
    return findings, records


@pytest.mark.parametrize(("text", "count"), [(LONG, MATCHES), (NESTED, LEVELS)],
                         ids=["matches on one long line", "matches nested in matches"])
def test_a_file_whose_records_would_flood_is_checked_in_process(tmp_path, monkeypatch, text, count):
    root = tmp_path / "ws"
    root.mkdir()
    (root / "flood.js").write_text(text)
    (root / "app.js").write_text("function run(code) {\n  return eval(code);\n}\n")
    for i in range(3):
        (root / f"clean{i}.js").write_text(f"export const value{i} = {i};\n")

    findings, records = _check(root, monkeypatch)

    assert records["flood.js"] == [{"ruleId": bulk.IN_PROCESS}]  # nothing of it from ast-grep
    assert any(r.get("ruleId", "").startswith(RULE) for r in records["app.js"])  # the others went to it
    assert findings["app.js"] == [1] and len(findings["flood.js"]) == count

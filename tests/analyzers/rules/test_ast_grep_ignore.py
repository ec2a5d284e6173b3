"""ast-grep's own suppression comment, `ast-grep-ignore`, works in postil as in ast-grep's CLI:
postil runs that CLI on trees of 64+ files, where the comment silenced findings that a check of
the same file alone (the editor) still reported. Real ast-grep, the real scan."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil import scan
from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk

EVAL = "python/security/eval-exec-non-literal"
LINES = f'''def run(a, b, c, d, e, f):
    eval(a)  # ast-grep-ignore
    eval(b)
    # ast-grep-ignore: {EVAL}
    eval(c)
    # ast-grep-ignore: some-other-rule
    eval(d)
    eval(e)  # ast-grep-ignore: no-such, {EVAL}
    return ["# ast-grep-ignore", eval(f)]
'''
FILE_WIDE = "# ast-grep-ignore\n\ndef run(a, b):\n    eval(a)\n    eval(b)\n"
NOT_FILE_WIDE = "# ast-grep-ignore\ndef run(a, b):\n    eval(a)\n    eval(b)\n"


def _findings(root: Path, bulk_scan: bool, monkeypatch) -> list[tuple]:
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1 if bulk_scan else 10**9)
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=bulk_scan)
    return sorted((str(r.path), f.span.start_line + 1, f.rule) for r in result.reports for f in r.findings)


def test_ast_grep_ignore_silences_the_same_findings_alone_and_in_bulk(tmp_path, monkeypatch):
    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    (tmp_path / "lines.py").write_text(LINES)
    (tmp_path / "file_wide.py").write_text(FILE_WIDE)
    (tmp_path / "not_file_wide.py").write_text(NOT_FILE_WIDE)
    alone = _findings(tmp_path, bulk_scan=False, monkeypatch=monkeypatch)
    assert [(path, line) for path, line, rule in alone if rule == EVAL] == [
        ("lines.py", 3), ("lines.py", 7), ("lines.py", 9), ("not_file_wide.py", 3), ("not_file_wide.py", 4)]
    assert _findings(tmp_path, bulk_scan=True, monkeypatch=monkeypatch) == alone

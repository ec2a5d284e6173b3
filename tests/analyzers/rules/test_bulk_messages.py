"""A message that quotes code a metavariable spans over several lines says it on one line, the same in
a bulk scan (ast-grep's CLI fills the message in, re-indenting the code) as in the editor's check of the
file alone (ast-grep-py's text of the node): the two said it with different indentation, and a message
across lines broke the one-line `path:line:col: rule message` output. Real ast-grep, the real scan."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil import scan
from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk

VIEW = '''from flask.views import MethodView

from .jobs import delete_expired


class CleanupAPI(MethodView):
    def get(self):
        removed = delete_expired(
            older_than_days=30,
        )
        return {"removed": removed}
'''


def _messages(root: Path, bulk_scan: bool, monkeypatch) -> list[tuple]:
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1 if bulk_scan else 10**9)
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=bulk_scan)
    return sorted((f.rule, f.message) for r in result.reports for f in r.findings)


def test_a_message_quoting_code_over_lines_is_one_line_and_the_same_in_bulk(tmp_path, monkeypatch):
    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    (tmp_path / "views.py").write_text(VIEW)
    alone = _messages(tmp_path, bulk_scan=False, monkeypatch=monkeypatch)
    quoted = [m for rule, m in alone if rule == "python/correctness/flask-get-view-changes-data"]
    assert quoted and "delete_expired( older_than_days=30, )" in quoted[0] and "\n" not in quoted[0]
    assert _messages(tmp_path, bulk_scan=True, monkeypatch=monkeypatch) == alone

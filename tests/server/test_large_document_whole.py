"""A document of many lines is checked whole in the server, not function by function: keeping
each unit's results cost more than it saved there (the hostile-document test's 100,000-line
document: 2.1 s of CPU a check unit by unit, 1.2 s whole), and under load its check passed the
test's deadline. A document of ordinary length is still checked unit by unit."""

from __future__ import annotations

from pathlib import Path

from postil.server import checking
from postil.config.editor import Settings
from postil.server.session import Session


def _units_after_check(tmp_path: Path, text: str):
    session = Session()
    session.settings = Settings()
    try:
        result = checking.check_text(session, [tmp_path], (tmp_path / "doc.py").as_uri(), text)
    finally:
        session.executor.shutdown(wait=True)
    assert result.skipped is None
    return result.units


def test_a_document_of_many_lines_is_checked_whole(tmp_path: Path):
    assert _units_after_check(tmp_path, "x = 1\n" * checking.INCREMENTAL_LINES) is None


def test_a_document_of_ordinary_length_is_checked_unit_by_unit(tmp_path: Path):
    assert _units_after_check(tmp_path, "def f():\n    return 1\n\n\nx = 1\n") is not None

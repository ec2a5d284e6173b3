"""A module's prose is no import it renames (issue 32's cost: SQLAlchemy's docstrings say "values as
well", "key as their", and each such phrase was read as a rename of a source's name, so every module
importing one had its imports parsed and analysed in the editor's first check of `orm/query.py`):
only an `as` of an import statement renames, and a renamed source counts where its renamed copy may
match the module's text. A helper that really renames the request is still asked what it gives its
callers (its module is still summarised). The work is counted, not timed."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.rules import taint_modules
from postil.config import LoadedConfig, PostilConfig

PROSE = '''"""Rows come back as tuples: their values as well as their keys, the url as given."""


def fetch(statement):
    """The statement's text, its values as well."""
    return statement.strip()
'''

RENAMED = '''from flask import request as incoming


def fetch(statement):
    return statement + incoming.args["q"]
'''

# (a view: its own request data is handed to `fetch`, whose module is asked whether it gives more)
READER = '''import os

from flask import request

from pkg.rows import fetch


def run():
    os.system(fetch(request.args["q"]))
'''


@pytest.fixture()
def entered(monkeypatch) -> list:
    """The modules asked whether request data enters them (each parsed and analysed)."""
    asked: list = []
    enters = taint_modules.Workspace.enters

    def counted(self, path, spec, specs, depth):
        asked.append(path.name)
        return enters(self, path, spec, specs, depth)

    monkeypatch.setattr(taint_modules.Workspace, "enters", counted)
    return asked


def _check(root: Path, rows: str, reader: str) -> set[tuple[int, str]]:
    (root / "pkg").mkdir()
    (root / "pkg" / "__init__.py").write_text("")
    (root / "pkg" / "rows.py").write_text(rows)
    path = root / "pkg" / "reader.py"
    path.write_text(reader)
    checker = Checker(LoadedConfig(PostilConfig(), None, root))
    return {(f.span.start_line + 1, f.rule) for f in checker.check_text(path, reader, incremental=True)
            if "/tainted-" in f.rule}


def test_a_docstring_saying_values_as_well_renames_nothing(tmp_path, entered):
    assert _check(tmp_path, PROSE, READER) == {(9, "python/security/tainted-command")}
    assert entered == []  # (main: rows.py, for each rule whose sources name `values` or `url`)


def test_a_helper_renaming_the_request_is_still_asked_what_it_gives(tmp_path, entered):
    assert _check(tmp_path, RENAMED, READER) == {(9, "python/security/tainted-command")}
    assert "rows.py" in entered  # (its renamed copy of `request.$A` may match: its summary is made)

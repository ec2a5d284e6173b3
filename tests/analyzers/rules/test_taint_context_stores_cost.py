"""The editor's check of a library's file (issue 32's cost: SQLAlchemy's `orm/query.py`, ~5 s of CPU
in the writes of `session.py`'s `threading.local()` and ContextVars before its first diagnostics): a
Python module that writes a context store but into which no request data enters fills it with none,
and its writes are not walked; a module that fills one from the request still makes its reads
request data (tests/fixtures/taint_context_stores). The work is counted, not timed."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.rules import taint_context_stores
from postil.config import LoadedConfig, PostilConfig

STATE = '''import contextvars
import threading

_local = threading.local()
current_schema = contextvars.ContextVar("current_schema")


def remember(statement, schema):
    _local.statement = statement
    current_schema.set(schema)
'''

READER = '''import os

from pkg.state import _local, current_schema, remember


def run(statement, schema="main"):
    remember(statement, schema)
    os.system("psql -c " + _local.statement + " " + current_schema.get())
'''

HOOK = '''from flask import request

from pkg.state import _local


def before():
    _local.statement = request.args["q"]
'''


@pytest.fixture()
def walked(monkeypatch) -> list:
    """The store writes whose values were asked for request data."""
    asked: list = []
    tainted = taint_context_stores._tainted

    def counted(analysis, value):
        asked.append(value.text())
        return tainted(analysis, value)

    monkeypatch.setattr(taint_context_stores, "_tainted", counted)
    return asked


def _check(root: Path, name: str) -> set[tuple[int, str]]:
    path = root / "pkg" / name
    checker = Checker(LoadedConfig(PostilConfig(), None, root))
    return {(f.span.start_line + 1, f.rule) for f in checker.check_text(path, path.read_text(), incremental=True)
            if "/tainted-" in f.rule}


def _project(tmp_path: Path, **files: str) -> Path:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    for name, text in files.items():
        (tmp_path / "pkg" / f"{name}.py").write_text(text)
    return tmp_path


def test_a_library_module_writing_its_stores_with_no_request_data_is_not_walked(tmp_path, walked):
    root = _project(tmp_path, state=STATE, reader=READER)
    assert _check(root, "reader.py") == set()
    assert walked == []  # (main: every write of `state.py`, once per taint rule)


def test_a_hook_filling_the_store_from_the_request_still_taints_its_reads(tmp_path, walked):
    root = _project(tmp_path, state=STATE, reader=READER, hook=HOOK)
    assert _check(root, "reader.py") == {(8, "python/security/tainted-command")}
    assert walked and set(walked) <= {'request.args["q"]'}  # (only the hook's write: it reads the request)

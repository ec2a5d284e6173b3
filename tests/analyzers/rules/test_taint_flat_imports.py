"""A Python import its package path does not resolve reaches the module beside the importer that defines what
it uses (issue 31, taint_flat_imports): a project read without its package directories still calls its
neighbours' functions, so their sinks are reported; a library's module named as a neighbour is not taken for
it."""

from __future__ import annotations

from pathlib import Path

# (the real CLI over files written to a directory, whole lines: a flow's sink line is in its message)
from tests.analyzers.rules.test_taint_request_state_python import _findings, _write

VIEWS = '''from pyramid.view import view_config

from shop_tools.api.log_reader import read_log
from lib import store


@view_config(route_name="logs", renderer="json")
def logs(request):
    return {"lines": read_log(request.matchdict["service"])}


@view_config(route_name="edit", renderer="json")
def edit(request):
    store.update(request.json_body)
    return {}
'''

LOG_READER = '''import os


def read_log(service):
    path = os.path.join("/var/log/shop", service)
    with open(path) as f:
        return f.readlines()
'''

STORE = '''import sqlite3


def update(changes):
    sets = ", ".join(f"{key} = ?" for key in changes)
    sqlite3.connect("shop.db").execute(f"UPDATE items SET {sets}", list(changes.values()))
'''


def test_the_neighbour_defining_the_imported_function_or_the_member_called_is_followed(tmp_path: Path):
    _write(tmp_path, {"views.py": VIEWS, "log_reader.py": LOG_READER, "store.py": STORE})
    found = _findings(tmp_path)
    assert any("log_reader.py:" in f and "tainted-path" in f for f in found), found
    assert any("store.py:" in f and "tainted-sql" in f for f in found), found


def test_a_neighbour_not_defining_what_is_used_is_not_taken_for_the_library_module(tmp_path: Path):
    _write(tmp_path, {"views.py": VIEWS.replace("read_log", "read_tail").replace("store.update", "store.patch"),
                      "log_reader.py": LOG_READER, "store.py": STORE})
    assert _findings(tmp_path) == []

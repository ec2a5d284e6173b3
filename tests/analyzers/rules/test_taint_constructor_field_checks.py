"""A constructor's argument kept in a field, checked before the sink of another method (issue 31,
session 40's two false alarms): a wiki's `PageStore(space)` refuses a bad space with `if not
_NAME.match(name) or not _NAME.match(self.space): raise KeyError(name)` before it opens the page,
and Sentry's `QueryBuilder` keeps only the columns `re.fullmatch(r"[a-z_]+", c)` lets through. The
guard's `if` has no `else`, so its clear sat on the path that skips it, which the field's judge
did not count; the comprehension's filter was no test the engine knew. Both reported a sink the
check protects. The same field unchecked (`read`), filtered only for being non-empty or by a
pattern that lets anything through (`.+`), is still reported. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

PAGES = '''import os
import re

PAGES_ROOT = "/srv/wiki/pages"
_NAME = re.compile(r"^[A-Za-z0-9_-]{1,80}$")


class PageStore:
    def __init__(self, space):
        self.space = space

    def read(self, name):
        with open(os.path.join(PAGES_ROOT, self.space, "index.md"), encoding="utf-8") as fh:
            return fh.read()

    def read_checked(self, name):
        if not _NAME.match(name) or not _NAME.match(self.space):
            raise KeyError(name)
        with open(os.path.join(PAGES_ROOT, self.space, name + ".md"), encoding="utf-8") as fh:
            return fh.read()
'''

BUILDER = '''import re
import sqlite3

db = sqlite3.connect("events.db")


class QueryBuilder:
    def __init__(self, selected_columns=None):
        self.columns = [c for c in (selected_columns or ["id"]) if re.fullmatch(r"[a-z_]+", c)]
        self.present = [c for c in (selected_columns or ["id"]) if c]
        self.anything = [c for c in (selected_columns or ["id"]) if re.fullmatch(r".+", c)]

    def run(self):
        return db.execute("SELECT " + ", ".join(self.columns) + " FROM events").fetchall()

    def run_present(self):
        return db.execute("SELECT " + ", ".join(self.present) + " FROM events").fetchall()

    def run_anything(self):
        return db.execute("SELECT " + ", ".join(self.anything) + " FROM events").fetchall()
'''

VIEWS = '''from flask import Flask, request

from .builder import QueryBuilder
from .pages import PageStore

app = Flask(__name__)


@app.get("/page")
def page():
    store = PageStore(request.args.get("space", "main"))
    return store.read_checked("index") + store.read("index")


@app.get("/events")
def events():
    builder = QueryBuilder(selected_columns=request.args.getlist("field"))
    return str(builder.run() + builder.run_present() + builder.run_anything())
'''


def test_a_checked_constructor_field_is_clean_at_the_sink_it_guards(tmp_path: Path) -> None:
    found = taint_findings(tmp_path, {"wiki/__init__.py": "", "wiki/pages.py": PAGES, "wiki/builder.py": BUILDER,
                                      "wiki/views.py": VIEWS})
    sinks = sorted(f for f in found if not f.startswith("wiki/views.py"))
    assert sinks == ["wiki/builder.py:17 tainted-sql", "wiki/builder.py:20 tainted-sql", "wiki/pages.py:13 tainted-path"]

"""What a comprehension's `if` clause reads does not flow out: `[e for e in entries if e.payee == payee]`
is some of the entries, never the payee, so markup built from it carries no request text; the element
and the iterable still do, and a sink inside the filter still judges its own arguments. Bottle's
`<year:int>` route parameter is a number before the handler runs. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

VIEWS = '''import os

import bottle
from bottle import request

app = bottle.Bottle()
ENTRIES = []


def rows(entries):
    return "".join(f"<li>{e.date}</li>" for e in entries)


@app.route("/payee")
def by_payee():
    payee = request.query.get("payee", "")
    entries = [e for e in ENTRIES if e.payee == payee]
    return f"<ul>{rows(entries)}</ul>"


@app.route("/names")
def names():
    wanted = request.query.get("prefix", "")
    picked = [wanted + e.name for e in ENTRIES if e.name]
    return f"<ul>{picked}</ul>"


@app.route("/files")
def files():
    name = request.query.get("name", "")
    kept = [e for e in ENTRIES if os.path.exists(name)]
    return str(len(kept))


@app.route("/year/<year:int>")
def year_page(year):
    return f"<h2>{year}</h2>"


@app.route("/tag/<tag>")
def tag_page(tag):
    return f"<h2>{tag}</h2>"
'''


def test_a_comprehension_filter_keeps_its_reads_out_of_the_result(tmp_path: Path):
    found = taint_findings(tmp_path, {"app/views.py": VIEWS}, select="python/security/tainted-xss")
    assert found == ["app/views.py:23 tainted-xss", "app/views.py:42 tainted-xss"], found


def test_a_sink_inside_a_comprehension_filter_still_judges_its_argument(tmp_path: Path):
    found = taint_findings(tmp_path, {"app/views.py": VIEWS}, select="python/security/tainted-path")
    assert found == ["app/views.py:30 tainted-path"], found

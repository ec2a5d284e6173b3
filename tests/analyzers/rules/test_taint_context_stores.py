"""Request data a context store carries from the middleware that fills it to the code of another
module that reads it (issue 31): a `contextvars.ContextVar` a Starlette middleware sets from a header
and a service reads with `.get()` (or through a small getter of the context module); an attribute of a
`threading.local()` or werkzeug `Local()` a Flask hook sets; a `session[...]` key a hook fills from the
query; an AsyncLocalStorage store an Express middleware runs the request in (read with
`getStore()?.tenant` or a `getTenant()` of the context module); a cls-hooked namespace's `set`; hapi's
`request.app`; what a Tornado base handler's `prepare` sets on `self`, read in subclasses of other
modules; a NestJS parameter decorator (`createParamDecorator`) returning a header. A store filled with something clean (a parsed number, a constant, a value checked
against an allowlist, a timestamp) stays clean. Real files, checked one by one as the editor does
and by the CLI over the tree."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.config import load_config
from tests.analyzers.rules.labelled_projects import copied_project

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "taint_context_stores"
LABEL = re.compile(r"^\s*(#|//)\s*expect:\s*[a-z-]+\s*$")
# the files that read a store (the middleware and hooks that fill them report their own sinks, if any)
READERS = ["py_contextvars/app/services/reports.py", "py_locals/shop/catalog.py", "py_session/site/views/account.py",
           "py_tornado/console/handlers/nodes.py", "js_als/src/services/invoices.js", "js_cls/lib/files.js",
           "js_hapi/routes/exports.js", "js_nest/src/reports/reports.controller.ts"]


def _expected(path: Path) -> set[int]:
    lines = path.read_text().splitlines()
    return {number + 1 for number, line in enumerate(lines, start=1) if LABEL.match(line)}


@pytest.fixture
def project(tmp_path) -> Path:
    return copied_project(FIXTURES, tmp_path)


def _sinks(project: Path, name: str) -> set[int]:
    path = project / name
    checker = Checker(load_config(path))
    return {f.span.end_line + 1 for f in checker.check_text(path, path.read_text()) if "/tainted-" in f.rule}


@pytest.mark.parametrize("name", READERS)
def test_a_store_another_module_fills_from_the_request_is_request_data_where_it_is_read(project, name):
    assert _sinks(project, name) == _expected(project / name)


def test_a_bulk_check_of_the_tree_reports_the_same_sinks_and_names_the_file_that_fills_the_store(project, postil):
    result = postil("check", ".", "--format", "json", "--exit-zero", cwd=project)
    read = {(f["path"], f["end_line"]): f["message"] for f in result.json["findings"]
            if "/tainted-" in f["rule"] and f["path"] in READERS}
    assert set(read) == {(name, line) for name in READERS for line in _expected(project / name)}
    assert "stored by js_als/src/middleware/context.js, read" in read[("js_als/src/services/invoices.js", 10)]
    assert "stored by py_contextvars/app/middleware.py, read" in read[("py_contextvars/app/services/reports.py", 8)]


def test_a_middleware_that_stops_filling_the_store_from_the_request_quiets_the_reader(project):
    """The reader's findings follow the middleware's text (its answer is kept by content): once the
    store's `sort` is a constant, only the tenant read through the getter is reported."""
    reader, middleware = "js_als/src/services/invoices.js", project / "js_als/src/middleware/context.js"
    path = project / reader
    checker = Checker(load_config(path))

    def sinks() -> set[int]:
        return {f.span.end_line + 1 for f in checker.check_text(path, path.read_text()) if "/tainted-" in f.rule}

    assert sinks() == _expected(path)
    middleware.write_text(middleware.read_text().replace("sort: req.query.sort", "sort: 'created_at'"))
    assert sinks() == {10}

"""web.py's `web.ctx` is request state: an application processor or load hook (`app.add_processor`,
`web.loadhook`) fills a field from the request, and a page class or helper of another module reads
it later in the same request. The read is request data where a hook near it fills the field with
what the client sent; a field the hook fills after checking it against a list stays clean. A bulk
scan (ast-grep's CLI) gives the same answer for a reading file that imports none of the project's
modules: it is fed by the hook's file, though no module it imports gives request data. Real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyzers.rules.checked_tree import taint_findings
from tests.analyzers.rules.tree_scan import scanned

HOOKS = '''import web

THEMES = ("light", "dark")


def load_theme():
    asked = web.input(theme="light").theme
    web.ctx.theme_raw = asked
    web.ctx.theme = asked if asked in THEMES else "light"


def setup(app):
    app.add_processor(web.loadhook(load_theme))
'''

PAGES = '''import os

import web

STATIC = "/srv/site/themes"


class stylesheet:
    def GET(self):
        with open(os.path.join(STATIC, web.ctx.theme, "site.css")) as handle:
            return handle.read()


class raw_stylesheet:
    def GET(self):
        with open(os.path.join(STATIC, web.ctx.theme_raw, "site.css")) as handle:
            return handle.read()
'''


def test_a_web_ctx_field_a_load_hook_fills_from_the_request_is_request_data(tmp_path: Path):
    found = taint_findings(tmp_path, {"site/hooks.py": HOOKS, "site/pages.py": PAGES, "site/__init__.py": ""})
    assert found == ["site/pages.py:16 tainted-path"], found


@pytest.mark.parametrize("bulk_scan", [False, True])
def test_a_bulk_scan_reports_the_read_of_a_field_a_hook_fills(tmp_path: Path, monkeypatch, bulk_scan: bool):
    for name, text in {"site/hooks.py": HOOKS, "site/pages.py": PAGES, "site/__init__.py": ""}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    found = [(path, f.span.start_line + 1) for path, f in scanned(tmp_path, bulk_scan, monkeypatch) if f.rule.endswith("tainted-path")]
    assert found == [("site/pages.py", 16)], found

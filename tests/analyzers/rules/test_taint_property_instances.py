"""A handler reaches a service through a property of its base class that makes the instance
(Butterfly's `@property def themes(self): return ThemeStore(...)` on a Tornado `Route(RequestHandler)`,
then `self.themes.read(theme)` in `Theme(Route).get(self, theme)`): `self.themes` is a `ThemeStore`,
so its method's sink, in the store's module, is reached by the URL field. Before, the property was no
instance the engine knew, and a handler of the module's own base class gave no URL field. Real CLI,
real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

ROUTES = '''import tornado.web

from .themes import ThemeStore


class Route(tornado.web.RequestHandler):
    @property
    def themes(self):
        return ThemeStore(self.application.settings["themes_dir"])


class Theme(Route):
    def get(self, theme):
        if self.get_argument("strict", "0") == "1":
            self.write(self.themes.read_listed(theme))
        else:
            self.write(self.themes.read(theme))
'''

THEMES = '''import os


class ThemeStore:
    def __init__(self, themes_dir):
        self.themes_dir = themes_dir

    def read(self, theme):
        style = os.path.join(self.themes_dir, theme, "style.css")
        with open(style, encoding="utf-8") as f:
            return f.read()

    def read_listed(self, theme):
        if theme not in os.listdir(self.themes_dir):
            theme = "default"
        with open(os.path.join(self.themes_dir, theme, "style.css"), encoding="utf-8") as f:
            return f.read()
'''


def test_a_property_making_an_instance_leads_to_its_methods_sink(tmp_path: Path):
    files = {"term/__init__.py": "", "term/routes.py": ROUTES, "term/themes.py": THEMES}
    found = taint_findings(tmp_path, files)
    assert [f for f in found if f.endswith("tainted-path")] == ["term/themes.py:9 tainted-path"]

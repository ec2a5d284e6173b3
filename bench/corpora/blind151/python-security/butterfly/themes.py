"""Reads terminal themes from the themes directory."""
import logging
import os

log = logging.getLogger("butterfly")


class ThemeStore:
    def __init__(self, themes_dir):
        self.themes_dir = themes_dir

    def list(self):
        return sorted(
            d for d in os.listdir(self.themes_dir) if os.path.isdir(os.path.join(self.themes_dir, d))
        )

    def read(self, theme):
        style = os.path.join(self.themes_dir, theme, "style.css")
        # expect: path-traversal
        with open(style, encoding="utf-8") as f:
            return f.read()

    def read_listed(self, theme):
        if theme not in self.list():
            theme = "default"
        with open(os.path.join(self.themes_dir, theme, "style.css"), encoding="utf-8") as f:
            return f.read()

    def exists(self, theme):
        return theme in self.list()

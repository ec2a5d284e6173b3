"""Static site generator: turns the docs folder into HTML pages for the public site."""
import os

import jinja2
from jinja2 import Environment as JinjaEnv
from jinja2 import FileSystemLoader, select_autoescape

SITE_TEMPLATES = "site/templates"


def page_environment():
    return JinjaEnv(
        loader=FileSystemLoader(SITE_TEMPLATES),
        # expect: xss
        autoescape=False,
        auto_reload=True,
    )


ESCAPE_PAGES = os.environ.get("SITE_AUTOESCAPE", "0") == "1"
# expect: xss
comments_env = jinja2.Environment(loader=jinja2.FileSystemLoader(SITE_TEMPLATES), autoescape=ESCAPE_PAGES)


class SiteBuilder:
    def __init__(self, theme_dir, escape=False):
        self.escape = escape
        # expect: xss
        self.env = jinja2.Environment(loader=jinja2.FileSystemLoader(theme_dir), autoescape=self.escape)

    def build(self, pages):
        layout = self.env.get_template("layout.html")
        return {page.slug: layout.render(page=page) for page in pages}


def search_page_env(loader):
    # expect: xss
    return JinjaEnv(loader=loader, autoescape=lambda name: name.endswith(".htm"))


def safe_page_environment():
    return JinjaEnv(
        loader=FileSystemLoader(SITE_TEMPLATES),
        autoescape=select_autoescape(enabled_extensions=("html", "htm", "xml")),
    )


feed_env = jinja2.Environment(loader=jinja2.FileSystemLoader(SITE_TEMPLATES), autoescape=True)

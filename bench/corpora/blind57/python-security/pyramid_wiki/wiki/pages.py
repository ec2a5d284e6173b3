"""Page storage on disk and page rendering."""
import os
import re

from mako.template import Template
from markupsafe import escape

PAGES_ROOT = os.environ.get("WIKI_PAGES_ROOT", "/srv/wiki/pages")
_NAME = re.compile(r"^[A-Za-z0-9_-]{1,80}$")


class PageStore:
    def __init__(self, space):
        self.space = space
        self.root = os.path.join(PAGES_ROOT, space)

    def read(self, name):
        path = os.path.join(self.root, name + ".md")
        # expect: path-traversal
        with open(path, encoding="utf-8") as fh:
            return fh.read()

    def read_checked(self, name):
        if not _NAME.match(name) or not _NAME.match(self.space):
            raise KeyError(name)
        with open(os.path.join(PAGES_ROOT, self.space, name + ".md"), encoding="utf-8") as fh:
            return fh.read()


def render_preview(source, author):
    # expect: template-injection
    return Template(source).render(author=author)


def render_preview_fixed(source, author):
    template = Template("<div class='preview'><pre>${body | h}</pre><em>${author | h}</em></div>")
    return template.render(body=source, author=author)


def page_heading(title, space):
    return "<h1>%s</h1><small>%s</small>" % (escape(title), escape(space))

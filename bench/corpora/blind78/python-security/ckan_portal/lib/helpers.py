"""Template helpers (the ``h`` object)."""
from urllib.parse import urlsplit

from flask import redirect, url_for
from markupsafe import Markup, escape


def redirect_to(*args, **kw):
    return redirect(url_for(*args, **kw))


def is_url_local(target: str) -> bool:
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//") and "\\" not in target


def literal(html: str) -> Markup:
    return Markup(html)


def dataset_link(name: str, title: str) -> Markup:
    return Markup('<a href="/dataset/{}">{}</a>').format(name, title)


def render_markdown_notes(notes: str) -> Markup:
    return Markup("<p>%s</p>") % escape(notes or "")

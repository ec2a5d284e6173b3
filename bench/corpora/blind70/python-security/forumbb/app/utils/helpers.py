"""Small helpers shared by the views: parameters, rendering, routing."""
import html
import re

from markupsafe import Markup, escape

_MENTION_RE = re.compile(r"@(\w{1,32})")


def get_param(req, name, default=""):
    """Read a value from the query string, then the form."""
    value = req.args.get(name)
    if value is None:
        value = req.form.get(name, default)
    return value.strip() if isinstance(value, str) else default


def register_view(bp, routes, view_func, methods=("GET", "POST")):
    for route in routes:
        bp.add_url_rule(route, view_func=view_func, methods=list(methods))


def render_quote(text):
    if not text:
        return Markup("")
    body = "<blockquote class='quote'>" + text + "</blockquote>"
    # expect: xss
    return Markup(body)


def render_quote_escaped(text):
    if not text:
        return Markup("")
    return Markup("<blockquote class='quote'>{}</blockquote>").format(text)


def link_mentions(text):
    escaped = str(escape(text))
    return Markup(_MENTION_RE.sub(r"<a href='/user/\1'>@\1</a>", escaped))


def plain_excerpt(text, length=140):
    cleaned = html.escape(text or "")
    return cleaned[:length] + ("..." if len(cleaned) > length else "")

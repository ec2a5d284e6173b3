"""Markdown to HTML for posts and previews."""
import bleach
import markdown
from markupsafe import Markup

ALLOWED_TAGS = sorted(set(bleach.sanitizer.ALLOWED_TAGS) | {"p", "pre", "h2", "h3", "img", "table", "tr", "td", "th"})
ALLOWED_ATTRS = {"a": ["href", "title"], "img": ["src", "alt"]}


def render_markdown(source: str) -> Markup:
    """Trusted authors only: raw HTML inside the markdown is kept."""
    html = markdown.markdown(source, extensions=["fenced_code", "tables"])
    # expect: xss
    return Markup(html)


def render_markdown_clean(source: str) -> Markup:
    html = markdown.markdown(source, extensions=["fenced_code", "tables"])
    return Markup(bleach.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS))

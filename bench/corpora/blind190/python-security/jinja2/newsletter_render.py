"""Render the weekly community newsletter (HTML and plain text) from member posts."""
from pathlib import Path

import jinja2

TEMPLATE_DIR = Path(__file__).parent / "templates"


def _html_env():
    # expect: xss
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)), trim_blocks=True)


def _text_env():
    # plain-text part of the mail: escaping would put &amp; into the text
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=False,
        keep_trailing_newline=True,
    )


def _preview_env():
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=jinja2.select_autoescape(["html", "htm"]),
    )


def render_newsletter(issue, posts):
    html = _html_env().get_template("newsletter.html").render(issue=issue, posts=posts)
    text = _text_env().get_template("newsletter.txt").render(issue=issue, posts=posts)
    return html, text


def render_preview(issue, posts):
    return _preview_env().get_template("newsletter.html").render(issue=issue, posts=posts)


def render_comment_digest(comments):
    # expect: xss
    env = jinja2.Environment(loader=jinja2.DictLoader({"digest": "<ul>{% for c in comments %}<li>{{ c.author }}: {{ c.body }}</li>{% endfor %}</ul>"}))
    return env.get_template("digest").render(comments=comments)


def render_footer(year):
    env = jinja2.Environment(autoescape=True)
    return env.from_string("<p>&copy; {{ year }} Riverside Allotments</p>").render(year=year)

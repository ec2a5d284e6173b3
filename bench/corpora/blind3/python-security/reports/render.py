"""Renders customer-facing reports and notification e-mails."""

from __future__ import annotations

from pathlib import Path

import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape
from mako.template import Template as MakoTemplate

TEMPLATES = Path(__file__).parent / "templates"

html_env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(["html", "xml"]),
)

# Plain-text e-mails: no HTML is produced, so escaping would corrupt the text.
text_env = Environment(loader=FileSystemLoader(TEMPLATES / "text"), autoescape=False, keep_trailing_newline=True)

# expect: xss
legacy_env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES / "legacy")))


def render_report(name: str, **ctx) -> str:
    return html_env.get_template(f"{name}.html").render(**ctx)


def render_legacy(name: str, **ctx) -> str:
    return legacy_env.get_template(f"{name}.html").render(**ctx)


def render_mail_text(name: str, **ctx) -> str:
    return text_env.get_template(f"{name}.txt").render(**ctx)


def render_banner(message: str) -> str:
    # expect: xss
    return MakoTemplate("<div class='banner'>${message}</div>").render(message=message)


def render_banner_escaped(message: str) -> str:
    return MakoTemplate("<div class='banner'>${message | h}</div>").render(message=message)


def render_inline(source: str, **ctx) -> str:
    """Render a snippet from our own template directory (never user input)."""
    return html_env.from_string((TEMPLATES / source).read_text()).render(**ctx)

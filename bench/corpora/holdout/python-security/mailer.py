"""Transactional mail rendering (Jinja2) and the template preview endpoint."""
from __future__ import annotations

import jinja2
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

TEMPLATES = "/srv/mailer/templates"

html_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "xml"]))
text_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=False, keep_trailing_newline=True)
# expect: xss
legacy_html_env = jinja2.Environment(loader=FileSystemLoader(TEMPLATES + "/legacy"), autoescape=False)
sandbox = SandboxedEnvironment(autoescape=True)


def render_receipt(order: dict) -> tuple[str, str]:
    html = html_env.get_template("receipt.html").render(order=order)
    text = text_env.get_template("receipt.txt").render(order=order)
    return html, text


def render_legacy(name: str, context: dict) -> str:
    return legacy_html_env.get_template(f"{name}.html").render(**context)


def preview(template_source: str, context: dict) -> str:
    # expect: code-injection
    return Template(template_source).render(**context)


def preview_sandboxed(template_source: str, context: dict) -> str:
    return sandbox.from_string(template_source).render(**context)


def subject_line(kind: str, order_id: str) -> str:
    return Template("Your {{ kind }} for order #{{ order_id }}").render(kind=kind, order_id=order_id)

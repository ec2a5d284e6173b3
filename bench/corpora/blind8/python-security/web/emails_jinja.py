# library: Jinja2 / markupsafe
"""Transactional e-mail rendering."""
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape
from markupsafe import Markup, escape

html_env = Environment(loader=FileSystemLoader("templates/email"), autoescape=select_autoescape(["html"]))
text_env = Environment(loader=FileSystemLoader("templates/email"), autoescape=False)
# expect: xss
legacy_env = Environment(loader=FileSystemLoader("templates/legacy"), autoescape=False)


def welcome_html(user) -> str:
    return html_env.get_template("welcome.html").render(user=user)


def welcome_text(user) -> str:
    return text_env.get_template("welcome.txt").render(user=user)


def receipt_legacy(order) -> str:
    return legacy_env.get_template("receipt.html").render(order=order)


def greeting(name: str) -> Markup:
    return Markup("<p>Hello, {}!</p>").format(name)


def greeting_fast(name: str) -> Markup:
    # expect: xss
    return Markup(f"<p>Hello, {name}!</p>")


def banner(message: str) -> str:
    return f"<div class='banner'>{escape(message)}</div>"


def render_custom(template_source: str, **ctx) -> str:
    # expect: code-injection
    return Template(template_source).render(**ctx)

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, Template, select_autoescape
from markupsafe import Markup, escape

TEMPLATES = Path(__file__).parent / "templates"

html_env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(["html", "xml"]),
)

# expect: xss
email_env = Environment(loader=FileSystemLoader(TEMPLATES / "email"), autoescape=False)

text_env = Environment(loader=FileSystemLoader(TEMPLATES / "text"), autoescape=False, keep_trailing_newline=True)


def render_page(name: str, **context) -> str:
    return html_env.get_template(name).render(**context)


def render_email(name: str, **context) -> str:
    return email_env.get_template(f"{name}.html").render(**context)


def render_sms(name: str, **context) -> str:
    return text_env.get_template(f"{name}.txt").render(**context)


def flash_message(username: str) -> Markup:
    # expect: xss
    return Markup(f"Welcome back, <strong>{username}</strong>!")


def flash_message_safe(username: str) -> Markup:
    return Markup("Welcome back, <strong>{}</strong>!").format(username)


def signature_block(name: str, title: str) -> str:
    return f"<p>{escape(name)}<br><em>{escape(title)}</em></p>"


def user_template(source: str, **context) -> str:
    # expect: server-side-template-injection
    return Template(source).render(**context)

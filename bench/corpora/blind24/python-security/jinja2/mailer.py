"""Transactional e-mail rendering."""
from jinja2 import Environment, PackageLoader, select_autoescape

html_env = Environment(loader=PackageLoader("mailer", "templates/html"), autoescape=select_autoescape())
# expect: xss
legacy_env = Environment(loader=PackageLoader("mailer", "templates/legacy"))
plain_env = Environment(loader=PackageLoader("mailer", "templates/txt"), autoescape=False)


def render_welcome(user) -> str:
    return html_env.get_template("welcome.html").render(user=user)


def render_legacy_receipt(order) -> str:
    return legacy_env.get_template("receipt.html").render(order=order)


def render_sms(user) -> str:
    return plain_env.get_template("code.txt").render(user=user)


def render_inline(snippet: str, **ctx) -> str:
    # expect: template-injection
    return html_env.from_string(snippet).render(**ctx)

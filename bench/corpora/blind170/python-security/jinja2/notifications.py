"""Render notification e-mails (HTML and plain text) and in-app banners."""
from pathlib import Path

import jinja2

TEMPLATES = Path(__file__).parent / "templates"

# plain-text parts of e-mails: escaping would turn "&" in product names into "&amp;"
text_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES / "text"),
    autoescape=False,
    trim_blocks=True,
)

html_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES / "html"),
    autoescape=jinja2.select_autoescape(["html", "htm"]),
)

# in-app banners are inserted into the web page with innerHTML; comments and names come from other users
# expect: xss
banner_env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES / "banners"), autoescape=False)


def render_email(template_name, **context):
    html = html_env.get_template(f"{template_name}.html").render(**context)
    text = text_env.get_template(f"{template_name}.txt").render(**context)
    return html, text


def render_banner(kind, **context):
    return banner_env.get_template(f"{kind}.html").render(**context)


def digest_env(legacy: bool):
    # legacy digest templates escape by hand with |e and the new ones rely on autoescaping: this is inverted
    # expect: xss
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES / "digest"), autoescape=legacy)


def preview_env():
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES / "html"), autoescape=True)


def render_sms(kind, **context):
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES / "sms"), autoescape=False)
    return env.get_template(f"{kind}.txt").render(**context)[:160]

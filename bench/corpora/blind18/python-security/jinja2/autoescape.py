"""Email and HTML rendering environments for the notification service."""
import jinja2
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape

TEMPLATES = "templates"

# expect: xss
html_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=False)

# safe: select_autoescape for html files
web_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "xml"]))

# safe: plain-text emails, no HTML
text_env = Environment(loader=FileSystemLoader("templates/text"), autoescape=False, keep_trailing_newline=True)


def render_digest(user, items):
    return html_env.get_template("digest.html").render(user=user, items=items)


def render_text(user, items):
    return text_env.get_template("digest.txt").render(user=user, items=items)


def render_inline(comment_body):
    # expect: xss
    tpl = jinja2.Template("<div class='comment'>{{ body }}</div>")
    return tpl.render(body=comment_body)


def render_inline_safe(comment_body):
    # safe: autoescape on
    tpl = Template("<div class='comment'>{{ body }}</div>", autoescape=True)
    return tpl.render(body=comment_body)


def make_env(loader):
    options = {"autoescape": False, "trim_blocks": True}
    # expect: xss
    return jinja2.Environment(loader=loader, **options)


def render_page(name, context):
    return web_env.get_template(name).render(**context)

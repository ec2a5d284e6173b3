"""Render customer-facing HTML reports and plain-text e-mails from Jinja2 templates."""
import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = "templates/reports"

html_env = jinja2.Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html", "xml"]),
)

# expect: xss
portal_env = jinja2.Environment(loader=FileSystemLoader("templates/portal"), autoescape=False)

text_env = jinja2.Environment(
    loader=FileSystemLoader("templates/email_text"),
    autoescape=False,
    keep_trailing_newline=True,
)


def render_report(name, rows, customer):
    tpl = html_env.get_template(f"{name}.html")
    return tpl.render(rows=rows, customer=customer)


def render_portal_page(page, user, messages):
    tpl = portal_env.get_template(f"{page}.html")
    return tpl.render(user=user, messages=messages)


def render_comment_widget(comments):
    # expect: xss
    env = Environment(loader=FileSystemLoader("templates/widgets"), autoescape=False)
    return env.get_template("comments.html").render(comments=comments)


def render_text_mail(name, **context):
    return text_env.get_template(f"{name}.txt").render(**context)


def render_badge(label):
    env = Environment(autoescape=True)
    return env.from_string("<span class='badge'>{{ label }}</span>").render(label=label)

# library: Flask / Jinja2 (autoescape settings)
"""Rendering setup for the newsletter editor."""
from flask import Flask, render_template
from jinja2 import Environment, FileSystemLoader, select_autoescape

app = Flask(__name__)
# expect: xss
app.jinja_env.autoescape = False

mail_env = Environment(loader=FileSystemLoader("templates/mail"), autoescape=select_autoescape(["html", "xml"]))
text_env = Environment(loader=FileSystemLoader("templates/text"), autoescape=False)
# expect: xss
html_env = Environment(loader=FileSystemLoader("templates/html"), autoescape=False)


@app.get("/preview/<int:issue_id>")
def preview(issue_id):
    return render_template("preview.html", issue_id=issue_id)


def render_mail(name, **ctx):
    return mail_env.get_template(name).render(**ctx)


def render_plaintext(name, **ctx):
    return text_env.get_template(name + ".txt").render(**ctx)


def render_html_fragment(name, **ctx):
    return html_env.get_template(name + ".html").render(**ctx)

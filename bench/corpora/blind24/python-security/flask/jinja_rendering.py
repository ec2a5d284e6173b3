"""Rendering helpers for the newsletter service."""
from flask import Flask, render_template, render_template_string, request
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape
from markupsafe import Markup, escape

app = Flask(__name__)

# expect: xss
email_env = Environment(loader=FileSystemLoader("templates/email"), autoescape=False)
web_env = Environment(loader=FileSystemLoader("templates/web"), autoescape=select_autoescape(["html", "xml"]))
text_env = Environment(loader=FileSystemLoader("templates/text"), autoescape=False, keep_trailing_newline=True)


@app.route("/preview")
def preview():
    title = request.args.get("title", "Newsletter")
    # expect: template-injection
    return render_template_string("<h1>" + title + "</h1>{{ body }}", body="...")


@app.route("/preview-safe")
def preview_safe():
    title = request.args.get("title", "Newsletter")
    return render_template_string("<h1>{{ title }}</h1>", title=title)


@app.route("/greeting")
def greeting():
    name = request.args.get("name", "")
    # expect: xss
    return Markup(f"<p>Hello {name}</p>")


@app.route("/greeting-safe")
def greeting_safe():
    name = request.args.get("name", "")
    return Markup("<p>Hello {}</p>").format(name)


def render_banner(text: str) -> str:
    # expect: xss
    return Template("<div class='banner'>{{ text }}</div>", autoescape=False).render(text=text)


def render_banner_safe(text: str) -> str:
    return Template("<div class='banner'>{{ text }}</div>", autoescape=True).render(text=text)


@app.route("/archive")
def archive():
    return render_template("archive.html", issues=[], query=escape(request.args.get("q", "")))

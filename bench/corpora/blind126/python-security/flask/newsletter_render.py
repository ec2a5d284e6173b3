"""Render newsletter previews and badges outside Flask's own template loader."""
import jinja2
from flask import Flask, render_template, request

app = Flask(__name__)

# expect: xss
preview_env = jinja2.Environment(loader=jinja2.FileSystemLoader("newsletters"))

safe_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader("newsletters"),
    autoescape=jinja2.select_autoescape(["html", "xml"]),
)

BADGE_HTML = "<span class='badge'>{{ label }}: {{ value }}</span>"


@app.route("/newsletters/<name>/preview")
def preview(name):
    template = safe_env.get_template(f"{name}.html")
    return template.render(subscriber=request.args.get("subscriber", "friend"))


@app.route("/badge")
def badge():
    tmpl = jinja2.Template(BADGE_HTML)
    # expect: xss
    return tmpl.render(label=request.args.get("label", ""), value=request.args.get("value", ""))


@app.route("/newsletters/<name>/raw")
def raw_preview(name):
    template = preview_env.get_template(f"{name}.html")
    return template.render(subscriber=request.args.get("subscriber", "friend"))


@app.route("/greeting")
def greeting():
    # expect: xss
    return jinja2.Template("<p>Hello {{ who }}</p>").render(who=request.args["who"])


@app.route("/home")
def home():
    return render_template("home.html", user=request.args.get("user"))


def plain_text_digest(items):
    text_env = jinja2.Environment(autoescape=False)
    return text_env.from_string("{% for i in items %}- {{ i }}\n{% endfor %}").render(items=items)

"""Profile and comment rendering (Flask + Jinja2)."""
from flask import Flask, render_template, render_template_string, request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

app = Flask(__name__)

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))
# expect: xss
email_env = Environment(loader=FileSystemLoader("emails"), autoescape=False)
text_env = Environment(loader=FileSystemLoader("plain"), autoescape=False, keep_trailing_newline=True)

LINE_BREAK = Markup("<br>")
ICON = Markup('<svg class="icon"><use href="#star"/></svg>')


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    # expect: xss
    return f"<h1>Hello {name}!</h1>"


@app.route("/hello/safe")
def hello_safe():
    name = request.args.get("name", "world")
    return f"<h1>Hello {escape(name)}!</h1>"


@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    return render_template("greet.html", name=name)


@app.route("/preview", methods=["POST"])
def preview():
    tpl = request.form["template"]
    # expect: xss
    return render_template_string(tpl)


@app.route("/banner")
def banner():
    return render_template_string("<p class='banner'>{{ msg }}</p>", msg=request.args.get("msg", ""))


@app.route("/bio/<int:user_id>")
def bio(user_id):
    text = request.args.get("bio", "")
    # expect: xss
    html = Markup(f"<div class='bio'>{text}</div>")
    return render_template("bio.html", bio=html)


@app.route("/bio2/<int:user_id>")
def bio_safe(user_id):
    text = request.args.get("bio", "")
    html = Markup("<div class='bio'>{}</div>").format(text)
    return render_template("bio.html", bio=html)


def comment_html(comment: str) -> Markup:
    lines = [escape(line) for line in comment.splitlines()]
    return LINE_BREAK.join(lines)


def render_welcome_email(user) -> str:
    tpl = email_env.get_template("welcome.html")
    return tpl.render(name=user.display_name)


def render_plain(name: str) -> str:
    return text_env.get_template("welcome.txt").render(name=name)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    # expect: xss
    return "<p>No results for " + q + "</p>", 404


@app.route("/rating")
def rating():
    stars = int(request.args.get("stars", "0"))
    return ICON * max(0, min(stars, 5))

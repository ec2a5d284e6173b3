"""Server-rendered pages of the member portal."""
import flask
from flask import Flask, render_template, request
from flask import render_template as render

app = Flask(__name__)

THEME_TEMPLATE = "themes/%s.jinja2"


@app.route("/")
def index():
    # expect: xss
    return render_template("index.jinja2", user=flask.g.get("user"))


@app.route("/profile/<username>")
def profile(username):
    bio = request.args.get("bio", "")
    # expect: xss
    return flask.render_template("profile.j2", username=username, bio=bio)


@app.route("/widget/<kind>")
def widget(kind):
    # expect: xss
    return render("widgets/" + kind + ".tpl", title=request.args.get("title"))


@app.route("/theme/<name>")
def theme(name):
    # expect: xss
    return render_template(THEME_TEMPLATE % name, query=request.args.get("q", ""))


@app.route("/page/<slug>")
def page(slug):
    # expect: xss
    return render_template("pages/{}.jinja".format(slug), search=request.args.get("search"))


@app.route("/dashboard")
def dashboard():
    return render_template("dashboard.html", user=flask.g.get("user"), q=request.args.get("q"))


@app.route("/sitemap.xml")
def sitemap():
    pages = ["/", "/about", "/contact"]
    return render_template("sitemap.xml", pages=pages), 200, {"Content-Type": "application/xml"}


@app.route("/about")
def about():
    return render_template("about.jinja2")


@app.route("/report/<section>")
def report(section):
    return render_template("reports/" + section + ".html", rows=[])

"""Account pages of the customer portal."""
import flask
from flask import Flask, render_template, request, session

app = Flask(__name__)


@app.route("/profile")
def profile():
    user = session.get("user", {})
    # expect: xss
    return render_template("profile.jinja2", user=user, bio=request.args.get("bio", ""))


@app.route("/reports/<kind>")
def report(kind):
    rows = app.config["REPORTS"].get(kind, [])
    # expect: xss
    return flask.render_template("reports/" + kind + ".tpl", rows=rows, title=request.args.get("title"))


@app.route("/invoice/<int:number>")
def invoice(number):
    lang = request.args.get("lang", "en")
    # expect: xss
    return render_template("invoice_%s.j2" % lang, number=number, note=request.args.get("note"))


@app.route("/widgets/<name>")
def widget(name):
    # expect: xss
    return render_template("widgets/{}.txt".format(name), caption=request.args.get("caption", ""))


@app.route("/settings")
def settings():
    return render_template("settings.html", user=session.get("user"))


@app.route("/sitemap.xml")
def sitemap():
    return render_template("sitemap.xml", pages=app.config["PAGES"])


@app.route("/help/<topic>")
def help_page(topic):
    return render_template("help/" + topic + ".html", topic=topic)

"""Small HTML fragments the dashboard loads over XHR."""
from flask import Flask, render_template, request
from markupsafe import escape

app = Flask(__name__)

ROW = "<li class='tag'>{}</li>"


@app.route("/fragment/greeting")
def greeting():
    # expect: xss
    return "<h1>Hello, " + request.args.get("name", "guest") + "</h1>"


@app.route("/fragment/search")
def search_banner():
    q = request.args.get("q", "")
    # expect: xss
    html = "<p class='hint'>Results for <b>%s</b></p>" % q
    return html


@app.route("/fragment/user/<username>")
def user_card(username):
    # expect: xss
    return f"<div class='card'><span>{username}</span></div>"


@app.route("/fragment/link")
def link():
    target = request.args["next"]
    # expect: xss
    return "<a href='{}'>continue</a>".format(target)


@app.route("/fragment/tags", methods=["POST"])
def tags():
    names = request.form.getlist("tag")
    # expect: xss
    items = [ROW.format(n) for n in names]
    return "\n".join(items)


@app.route("/fragment/safe-greeting")
def safe_greeting():
    return "<h1>Hello, " + str(escape(request.args.get("name", "guest"))) + "</h1>"


@app.route("/fragment/profile/<username>")
def profile(username):
    return render_template("profile_card.html", username=username)


@app.route("/fragment/plain")
def plain():
    name = request.args.get("name", "guest")
    return "Hello, " + name, 200, {"Content-Type": "text/plain; charset=utf-8"}

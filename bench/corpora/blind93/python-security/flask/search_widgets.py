"""Small HTML fragments returned to the htmx front end."""
from flask import Blueprint, render_template, request
from markupsafe import escape

bp = Blueprint("widgets", __name__)

ROW = "<tr><td>{}</td><td>{}</td></tr>"


@bp.get("/widgets/search-summary")
def search_summary():
    q = request.args.get("q", "")
    # expect: xss
    return "<p class='summary'>Results for <b>%s</b></p>" % q


@bp.get("/widgets/user/<username>")
def user_chip(username):
    # expect: xss
    return f"<span class='chip'>@{username}</span>"


@bp.post("/widgets/preview")
def preview():
    title = request.form["title"]
    # expect: xss
    return "<h2>" + title + "</h2>"


@bp.get("/widgets/row")
def row():
    label = request.args.get("label", "")
    value = request.args.get("value", "")
    # expect: xss
    return ROW.format(label, value)


@bp.get("/widgets/safe-summary")
def safe_summary():
    q = request.args.get("q", "")
    return "<p class='summary'>Results for <b>%s</b></p>" % escape(q)


@bp.get("/widgets/card")
def card():
    return render_template("widgets/card.html", name=request.args.get("name", ""))


@bp.get("/widgets/count")
def count():
    n = int(request.args.get("n", "0"))
    return f"<span class='count'>{n}</span>"

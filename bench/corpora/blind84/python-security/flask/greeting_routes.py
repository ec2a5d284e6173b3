"""Small public pages of the events site: greetings, tags and lookups."""
from flask import Blueprint, jsonify, render_template, request
from markupsafe import escape

from .store import find_event, list_tags

bp = Blueprint("pages", __name__)


@bp.route("/hello/<name>")
def hello(name):
    # expect: xss
    return "<h1>Hello {}!</h1>".format(name)


@bp.route("/search")
def search():
    q = request.args.get("q", "")
    # expect: xss
    return "<p>No events match <b>%s</b></p>" % q


@bp.route("/events/<slug>")
def event(slug):
    ev = find_event(slug)
    if ev is None:
        # expect: xss
        return "Unknown event: " + slug, 404
    return render_template("event.html", event=ev)


@bp.route("/tags/<tag>")
def tag_page(tag):
    count = len(list_tags(tag))
    # expect: xss
    return f"<h2>Tag {tag}</h2><p>{count} events</p>"


@bp.route("/greet")
def greet():
    who = request.args.get("who", "friend")
    body = f"<div class='greeting'>Welcome, {who}</div>"
    # expect: xss
    return body


@bp.route("/hello-safe/<name>")
def hello_safe(name):
    return "<h1>Hello {}!</h1>".format(escape(name))


@bp.route("/healthz")
def healthz():
    return "ok"


@bp.route("/api/events/<slug>")
def event_json(slug):
    ev = find_event(slug)
    return jsonify({"slug": slug, "found": ev is not None})


@bp.route("/about")
def about():
    return render_template("about.html", title="About us")

"""Small public endpoints of the marketing site."""
import flask
from flask import Blueprint, jsonify, make_response, render_template, request
from markupsafe import escape

bp = Blueprint("public", __name__)


@bp.route("/hello")
def hello():
    name = request.args.get("name", "friend")
    # expect: xss
    return make_response(f"<h1>Hello {name}</h1>")


@bp.route("/search")
def search():
    q = flask.request.args.get("q", "")
    # expect: xss
    resp = flask.make_response("<p>No results for <b>{}</b></p>".format(q))
    resp.headers["Cache-Control"] = "no-store"
    return resp


@bp.route("/unsubscribe")
def unsubscribe():
    email = request.args.get("email")
    # expect: xss
    return make_response(f"{email} has been unsubscribed.<br><a href='/'>Back</a>", 200)


@bp.route("/hello-safe")
def hello_safe():
    name = request.args.get("name", "friend")
    return make_response(f"<h1>Hello {escape(name)}</h1>")


@bp.route("/greet")
def greet():
    name = request.args.get("name", "friend")
    return render_template("greet.html", name=name)


@bp.route("/api/echo")
def echo():
    msg = request.args.get("msg", "")
    return jsonify({"msg": msg})


class Banner:
    def __init__(self, app):
        app.add_url_rule("/banner", view_func=self.show)

    def show(self):
        campaign = request.args.get("campaign")
        # expect: xss
        return make_response("<div class='banner'>Campaign: %s</div>" % campaign)

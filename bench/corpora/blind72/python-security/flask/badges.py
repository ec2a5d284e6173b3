"""Small HTML fragments served to the dashboard over XHR."""
import flask
from flask import Blueprint, Flask, render_template
from flask import request as req
from markupsafe import escape

app = Flask(__name__)
bp = Blueprint("badges", __name__, url_prefix="/badges")

ROW = "<tr><td>{}</td><td>{}</td></tr>"
BADGE_OPEN = '<span class="badge badge-'


@app.route("/hello")
def hello():
    name = flask.request.args.get("name", "guest")
    # expect: xss
    return "<h1>Hello, %s!</h1>" % name


@app.route("/user/<username>")
def user_card(username):
    # expect: xss
    return f"<div class='card'><b>{username}</b></div>"


@bp.route("/status")
def status_badge():
    level = req.args.get("level", "info")
    # expect: xss
    html = BADGE_OPEN + level + '">' + level.upper() + "</span>"
    return html


@bp.route("/table", methods=["POST"])
def table():
    body = req.get_json(silent=True) or {}
    rows = []
    for key, value in body.items():
        # expect: xss
        rows.append(ROW.format(key, value))
    return "<table>" + "".join(rows) + "</table>"


@bp.route("/error")
def error_fragment():
    message = req.headers.get("X-Error", "")
    # expect: xss
    return '<p class="error">{msg}</p>'.format(msg=message)


@bp.route("/safe-hello")
def safe_hello():
    name = req.args.get("name", "guest")
    return "<h1>Hello, %s!</h1>" % escape(name)


@bp.route("/profile/<username>")
def profile(username):
    return render_template("profile.html", username=username)


@bp.route("/count")
def count():
    total = len(req.args.getlist("id"))
    return "<span>%d selected</span>" % total


app.register_blueprint(bp)

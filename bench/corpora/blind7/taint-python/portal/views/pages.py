from html import escape

from flask import Blueprint, jsonify, make_response, request
from markupsafe import Markup

bp = Blueprint("pages", __name__)

HEADER = "<html><head><title>Portal</title></head><body>"


@bp.route("/hello")
def hello():
    name = request.args.get("name")
    if not name:
        name = ""
    RESPONSE = HEADER
    RESPONSE += f"<h1>Hello {name}</h1>"
    RESPONSE += "</body></html>"
    # expect: xss
    return RESPONSE


@bp.route("/hello-escaped")
def hello_escaped():
    name = request.args.get("name", "")
    RESPONSE = HEADER
    RESPONSE += f"<h1>Hello {escape(name)}</h1>"
    RESPONSE += "</body></html>"
    return RESPONSE


@bp.route("/echo")
def echo():
    msg = request.args.get("msg", "")
    # expect: xss
    return "<p>You said: " + msg + "</p>"


@bp.route("/echo-json")
def echo_json():
    return jsonify(msg=request.args.get("msg", ""))


@bp.route("/echo-plain")
def echo_plain():
    resp = make_response(request.args.get("msg", ""))
    resp.mimetype = "text/plain"
    return resp


@bp.route("/card")
def card():
    title = request.args.get("title", "")
    # expect: xss
    resp = make_response(f"<div class='card'>{title}</div>")
    resp.headers["Cache-Control"] = "no-store"
    return resp


@bp.route("/card-markup")
def card_markup():
    title = request.args.get("title", "")
    return str(Markup("<div class='card'>{}</div>").format(title))


@bp.route("/count")
def count():
    n = int(request.args.get("n", "0"))
    return f"<p>{n} items</p>"


@bp.route("/list")
def listing():
    items = request.args.getlist("item")
    rows = "".join(f"<li>{i}</li>" for i in items)
    # expect: xss
    return f"<ul>{rows}</ul>"


@bp.route("/list-safe")
def listing_safe():
    items = request.args.getlist("item")
    rows = "".join(f"<li>{escape(i)}</li>" for i in items)
    return f"<ul>{rows}</ul>"

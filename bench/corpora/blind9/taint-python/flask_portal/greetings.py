# library: Flask (make_response with request data)
"""Greeting and preview endpoints."""
from flask import Blueprint, jsonify, make_response, render_template, request
from markupsafe import escape

bp = Blueprint("greetings", __name__)


@bp.get("/hello")
def hello():
    name = request.args.get("name", "guest")
    # expect: xss
    return make_response(f"<h1>Hello, {name}!</h1>")


@bp.get("/hello-safe")
def hello_safe():
    name = request.args.get("name", "guest")
    return make_response(f"<h1>Hello, {escape(name)}!</h1>")


@bp.post("/preview")
def preview():
    body = request.form["body"]
    # expect: xss
    resp = make_response("<div class='preview'>" + body + "</div>", 200)
    resp.headers["X-Preview"] = "1"
    return resp


@bp.get("/echo")
def echo():
    resp = make_response(request.args.get("q", ""))
    resp.mimetype = "text/plain"
    return resp


@bp.get("/card")
def card():
    return render_template("card.html", name=request.args.get("name", ""))


@bp.get("/api/hello")
def api_hello():
    return jsonify(message=f"Hello, {request.args.get('name', 'guest')}")


@bp.errorhandler(404)
def not_found(err):
    # expect: xss
    return make_response("<p>No page at %s</p>" % request.path, 404)

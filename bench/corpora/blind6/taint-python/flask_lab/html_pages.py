"""Views that return HTML built by hand."""
from flask import Blueprint, jsonify, make_response, request
from markupsafe import Markup, escape

bp = Blueprint("html_pages", __name__)


@bp.get("/greet")
def greet():
    bar = request.args.get("name", "")
    RESPONSE = ""
    RESPONSE += "<html><body>"
    # expect: xss-html-string-return
    RESPONSE += f"<h1>Hello {bar}</h1>"
    RESPONSE += "</body></html>"
    return RESPONSE


@bp.get("/greet-safe")
def greet_safe():
    bar = request.args.get("name", "")
    RESPONSE = ""
    RESPONSE += "<html><body>"
    RESPONSE += f"<h1>Hello {escape(bar)}</h1>"
    RESPONSE += "</body></html>"
    return RESPONSE


@bp.get("/search")
def search():
    q = request.args.get("q", "")
    # expect: xss-html-string-return
    return "<p>No results for <b>" + q + "</b></p>"


@bp.get("/search-json")
def search_json():
    q = request.args.get("q", "")
    return jsonify({"query": q, "results": []})


@bp.get("/search-text")
def search_text():
    q = request.args.get("q", "")
    resp = make_response(f"No results for {q}")
    resp.mimetype = "text/plain"
    return resp


@bp.get("/banner")
def banner():
    msg = request.args.get("msg", "")
    # expect: xss-make-response
    resp = make_response("<div class='banner'>%s</div>" % msg)
    resp.headers["Cache-Control"] = "no-store"
    return resp


@bp.get("/banner-safe")
def banner_safe():
    msg = request.args.get("msg", "")
    return make_response(Markup("<div class='banner'>{}</div>").format(msg))


@bp.get("/echo")
def echo():
    # expect: xss-make-response
    return make_response(request.args.get("text", ""), 200)


@bp.get("/count")
def count():
    n = request.args.get("n", "0")
    return f"<p>{int(n)} items</p>"

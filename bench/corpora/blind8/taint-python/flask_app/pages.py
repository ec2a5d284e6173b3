# library: Flask
"""Public pages of the help centre."""
from flask import Blueprint, abort, make_response, redirect, render_template, render_template_string, request, url_for

from markupsafe import escape

bp = Blueprint("pages", __name__)

ARTICLES = {"billing": "Billing FAQ", "shipping": "Shipping times"}


@bp.get("/search")
def search():
    q = request.args.get("q", "")
    return render_template("search.html", q=q)


@bp.get("/search/legacy")
def search_legacy():
    q = request.args.get("q", "")
    # expect: xss
    return render_template_string("<h1>Results for " + q + "</h1>{% include 'results.html' %}")


@bp.get("/search/v2")
def search_v2():
    q = request.args.get("q", "")
    return render_template_string("<h1>Results for {{ q }}</h1>", q=q)


@bp.get("/hello")
def hello():
    name = request.args.get("name", "guest")
    # expect: xss
    return make_response(f"<p>Hello {name}</p>")


@bp.get("/hello/safe")
def hello_safe():
    name = request.args.get("name", "guest")
    return make_response(f"<p>Hello {escape(name)}</p>")


@bp.get("/article/<slug>")
def article(slug):
    if slug not in ARTICLES:
        abort(404)
    return render_template("article.html", title=ARTICLES[slug])


@bp.get("/out")
def outbound():
    # expect: open-redirect
    return redirect(request.args["url"])


@bp.get("/back")
def back():
    target = request.args.get("next", "")
    if not target.startswith("/") or target.startswith("//"):
        target = url_for("pages.search")
    return redirect(target)


@bp.get("/echo.txt")
def echo_text():
    resp = make_response(request.args.get("msg", ""))
    resp.mimetype = "text/plain"
    return resp

# library: Flask (redirect with request data)
"""Login flow redirects."""
from urllib.parse import urlparse

from flask import Blueprint, redirect, request, url_for

bp = Blueprint("login", __name__)


def is_safe_next(target):
    parsed = urlparse(target)
    return not parsed.netloc and not parsed.scheme and target.startswith("/") and not target.startswith("//")


@bp.post("/login")
def login():
    # expect: open-redirect
    return redirect(request.args.get("next", "/"))


@bp.post("/login-safe")
def login_safe():
    target = request.args.get("next", "/")
    if not is_safe_next(target):
        target = url_for("home.index")
    return redirect(target)


@bp.get("/out")
def outbound():
    url = request.args["url"]
    # expect: open-redirect
    return redirect(url, code=302)


@bp.get("/lang/<code>")
def set_lang(code):
    # expect: open-redirect
    return redirect(request.referrer or "/")


@bp.get("/docs/<page>")
def docs(page):
    return redirect(url_for("docs.show", page=page))

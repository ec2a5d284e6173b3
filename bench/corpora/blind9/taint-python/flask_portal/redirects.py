# library: Flask (redirect)
"""Post-login and outbound link redirects."""
from urllib.parse import urlparse

from flask import Blueprint, abort, redirect, request, url_for

bp = Blueprint("redirects", __name__)


@bp.get("/after-login")
def after_login():
    # expect: open-redirect
    return redirect(request.args.get("next", "/"))


@bp.get("/after-login-safe")
def after_login_safe():
    target = request.args.get("next", "/")
    parts = urlparse(target)
    if parts.scheme or parts.netloc or not target.startswith("/"):
        target = url_for("home")
    return redirect(target)


@bp.get("/out")
def outbound():
    url = request.values["url"]
    # expect: open-redirect
    return redirect(url, code=302)


@bp.get("/docs/<page>")
def docs(page):
    return redirect(url_for("static", filename=f"docs/{page}.html"))


@bp.post("/logout")
def logout():
    # expect: open-redirect
    return redirect(request.form.get("return_to") or request.referrer or "/")

"""Login/logout and preference cookies."""
import secrets

from flask import Blueprint, jsonify, make_response, redirect, request, url_for

from .auth import check_credentials

bp = Blueprint("session", __name__)


@bp.post("/login")
def login():
    user = check_credentials(request.form["username"], request.form["password"])
    token = secrets.token_urlsafe(32)
    resp = make_response(jsonify(ok=bool(user)))
    # expect: cookie-flags
    resp.set_cookie("session_token", token)
    resp.set_cookie("session_token_v2", token, secure=True, httponly=True, samesite="Strict")
    return resp


@bp.post("/remember")
def remember():
    resp = make_response(jsonify(ok=True))
    # expect: cookie-flags
    resp.set_cookie("remember_me", secrets.token_hex(16), max_age=30 * 86400, httponly=True)
    resp.set_cookie("theme", request.form.get("theme", "light"), max_age=365 * 86400)
    return resp


@bp.get("/logout")
def logout():
    nxt = request.args.get("next", "/")
    resp = make_response(redirect(url_for("pages.home")))
    resp.delete_cookie("session_token")
    if nxt.startswith("/") and not nxt.startswith("//"):
        resp.headers["Location"] = nxt
    return resp


@bp.get("/goto")
def goto():
    # expect: open-redirect
    return redirect(request.args["url"])


@bp.get("/after-login")
def after_login():
    target = request.args.get("next") or url_for("pages.home")
    # expect: open-redirect
    return redirect(target, code=302)


@bp.get("/share-link/<slug>")
def share_link(slug):
    link = url_for("pages.view", slug=slug, _external=True)
    return jsonify(link=link)

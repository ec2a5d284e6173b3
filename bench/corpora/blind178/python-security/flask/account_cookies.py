"""Login, remember-me and cosmetic cookies for the customer portal."""
from flask import Blueprint, Response, jsonify, make_response, redirect, request, url_for

from .auth import check_login, new_remember_token, new_session_token

bp = Blueprint("account", __name__)

STRICT = {"secure": True, "httponly": True, "samesite": "Lax"}
THIRTY_DAYS = 30 * 24 * 3600


@bp.route("/login", methods=["POST"])
def login():
    user = check_login(request.form["email"], request.form["password"])
    if user is None:
        return jsonify(error="invalid credentials"), 401
    resp = make_response(redirect(url_for("dashboard.home")))
    resp.set_cookie("portal_session", new_session_token(user), secure=True, httponly=True, samesite="Lax")
    if request.form.get("remember") == "on":
        # expect: insecure-cookie
        resp.set_cookie("remember_me", new_remember_token(user), max_age=THIRTY_DAYS)
    return resp


@bp.route("/api/token-login", methods=["POST"])
def token_login():
    user = check_login(request.json["email"], request.json["password"])
    if user is None:
        return jsonify(error="invalid credentials"), 401
    resp = make_response(jsonify(ok=True))
    # expect: insecure-cookie
    resp.set_cookie("portal_session", new_session_token(user), httponly=True)
    return resp


@bp.route("/preferences/theme", methods=["POST"])
def set_theme():
    theme = "dark" if request.form.get("theme") == "dark" else "light"
    resp = make_response(redirect(url_for("dashboard.home")))
    resp.set_cookie("theme", theme, max_age=365 * 24 * 3600, samesite="Lax")
    return resp


@bp.route("/preferences/region", methods=["POST"])
def set_region():
    resp = Response(status=204)
    resp.set_cookie("region", request.form.get("region", "eu")[:8], **STRICT)
    return resp


@bp.route("/consent", methods=["POST"])
def consent():
    resp = make_response(jsonify(saved=True))
    # the consent banner script reads it
    resp.set_cookie("consent", "analytics", secure=True, httponly=False, samesite="Lax")
    return resp


@bp.route("/logout", methods=["POST"])
def logout():
    resp = make_response(redirect(url_for("account.login_page")))
    resp.delete_cookie("portal_session")
    resp.delete_cookie("remember_me")
    return resp

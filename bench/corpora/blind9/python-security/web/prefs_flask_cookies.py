# library: Flask (Response.set_cookie)
"""Login and preference cookies."""
from flask import Blueprint, make_response, redirect, request, session, url_for

bp = Blueprint("prefs", __name__)


@bp.post("/login")
def login():
    token = session_token_for(request.form["username"], request.form["password"])
    resp = make_response(redirect(url_for("home")))
    # expect: insecure-cookie
    resp.set_cookie("auth_token", token)
    return resp


@bp.post("/login2")
def login_hardened():
    token = session_token_for(request.form["username"], request.form["password"])
    resp = make_response(redirect(url_for("home")))
    resp.set_cookie("auth_token", token, secure=True, httponly=True, samesite="Strict", max_age=3600)
    return resp


@bp.post("/remember")
def remember():
    resp = make_response("", 204)
    # expect: insecure-cookie
    resp.set_cookie("remember_me", session["uid"], max_age=30 * 86400, httponly=False, secure=True)
    return resp


@bp.post("/api-key")
def api_key_cookie():
    resp = make_response("", 204)
    # expect: insecure-cookie
    resp.set_cookie("api_key", session["api_key"], httponly=True, secure=False)
    return resp


@bp.post("/theme")
def theme():
    resp = make_response("", 204)
    resp.set_cookie("theme", "dark" if request.form.get("dark") else "light", max_age=365 * 86400, samesite="Lax")
    return resp


def session_token_for(username, password):
    raise NotImplementedError

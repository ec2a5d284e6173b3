# library: Flask (set_cookie from request data)
"""Locale and referral cookies."""
from flask import Blueprint, make_response, redirect, request

bp = Blueprint("cookies", __name__)
LOCALES = {"en", "de", "fr", "es"}


@bp.get("/locale/<code>")
def set_locale(code):
    resp = make_response(redirect("/"))
    if code in LOCALES:
        resp.set_cookie("locale", code, samesite="Lax", max_age=31536000)
    return resp


@bp.get("/ref")
def referral():
    resp = make_response(redirect("/signup"))
    # expect: insecure-cookie
    resp.set_cookie("ref", request.args.get("code", ""), httponly=False)
    return resp


@bp.post("/sso/callback")
def sso_callback():
    token = request.form["id_token"]
    resp = make_response(redirect("/app"))
    # expect: insecure-cookie
    resp.set_cookie("sso_session", token)
    return resp


@bp.post("/sso/callback2")
def sso_callback_hardened():
    token = request.form["id_token"]
    resp = make_response(redirect("/app"))
    resp.set_cookie("sso_session", token, secure=True, httponly=True, samesite="Lax")
    return resp

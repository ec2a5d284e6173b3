# library: Flask (Response.set_cookie flags)
"""Login and preference cookies."""
from flask import Blueprint, make_response, redirect

bp = Blueprint("auth", __name__)


def finish_login(session_token):
    resp = make_response(redirect("/dashboard"))
    # expect: insecure-cookie
    resp.set_cookie("session_id", session_token)
    return resp


def finish_login_safe(session_token):
    resp = make_response(redirect("/dashboard"))
    resp.set_cookie("session_id", session_token, secure=True, httponly=True, samesite="Lax")
    return resp


def remember_device(device_token):
    resp = make_response("", 204)
    # expect: insecure-cookie
    resp.set_cookie("device", device_token, max_age=60 * 60 * 24 * 90, secure=False, httponly=True)
    return resp


def set_theme(theme):
    resp = make_response("", 204)
    resp.set_cookie("theme", theme, secure=True, samesite="Lax")
    return resp


def logout():
    resp = make_response(redirect("/"))
    resp.delete_cookie("session_id")
    return resp

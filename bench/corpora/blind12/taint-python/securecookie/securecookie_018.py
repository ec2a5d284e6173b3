# library: Flask + set_cookie
"""set_cookie (sid): value from secrets.token_urlsafe."""
import secrets

from flask import Blueprint, redirect, request


bp = Blueprint("securecookie_refresh_9", __name__)


@bp.post("/refresh")
def refresh_9():
    token = secrets.token_urlsafe(32)
    bar = token
    resp = redirect("/home")
    resp.set_cookie(key="sid", value=bar, path="/", max_age=86400, secure=True, httponly=True, samesite="Strict")
    return resp

# library: Flask + set_cookie
"""set_cookie (sid): value from secrets.token_urlsafe."""
import secrets

from flask import Blueprint, redirect, request


bp = Blueprint("securecookie_refresh_9", __name__)


@bp.route("/refresh", methods=["POST"])
def refresh_9():
    token = secrets.token_urlsafe(32)
    bar = token
    resp = redirect("/home")
    # expect: insecure-cookie
    resp.set_cookie(key="sid", value=bar, path="/", max_age=86400)
    return resp

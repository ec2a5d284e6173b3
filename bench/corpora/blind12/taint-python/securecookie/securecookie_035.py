# library: Flask + set_cookie
"""set_cookie (auth): value from secrets.token_urlsafe."""
import secrets

from flask import Blueprint, jsonify, request


bp = Blueprint("securecookie_session_18", __name__)


@bp.route("/session", methods=["POST"])
def session_18():
    token = secrets.token_urlsafe(32)
    bar = token
    resp = jsonify(status="ok")
    # expect: insecure-cookie
    resp.set_cookie("auth", value=bar, httponly=True, samesite="Lax")
    return resp

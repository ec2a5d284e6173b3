# library: Flask + set_cookie
"""set_cookie (refresh token): value from request (get_json)."""
from flask import Blueprint, Response, request


bp = Blueprint("securecookie_auth_10", __name__)


@bp.route("/auth", methods=["POST"])
def auth_10():
    payload = request.get_json(silent=True) or {}
    param = payload.get("session", "")
    bar = param
    resp = Response("{}", mimetype="application/json")
    max_age = 7 * 24 * 3600
    # expect: insecure-cookie
    resp.set_cookie("refresh_token", bar, max_age=max_age, secure=False)
    return resp

# library: Flask + set_cookie
"""set_cookie (session id): value from request (get_json)."""
from flask import Blueprint, make_response, request


bp = Blueprint("securecookie_remember_17", __name__)


@bp.post("/remember")
def remember_17():
    payload = request.get_json(silent=True) or {}
    param = payload.get("remember", "")
    bar = param
    resp = make_response({"logged_in": True})
    resp.set_cookie("session_id", bar, max_age=3600, secure=True, httponly=True)
    return resp

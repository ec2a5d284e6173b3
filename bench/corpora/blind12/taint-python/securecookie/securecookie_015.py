# library: Flask + set_cookie
"""set_cookie (auth): value from request (form.get or)."""
from flask import Blueprint, jsonify, request


bp = Blueprint("securecookie_session_8", __name__)


@bp.route("/session", methods=["POST"])
def session_8():
    param = request.form.get("sid") or ""
    bar = param
    resp = jsonify(status="ok")
    # expect: insecure-cookie
    resp.set_cookie("auth", value=bar, httponly=True, samesite="Lax")
    return resp

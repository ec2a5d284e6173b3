# library: Flask + redirect
"""redirect: value from request (values)."""
from flask import Blueprint, redirect, request


bp = Blueprint("redirect_login_11", __name__)

ALLOWED = {"/dashboard", "/account", "/help"}


@bp.route("/login")
def login_11():
    param = request.values.get("next", "")
    if not param:
        return {"error": "missing value"}, 400
    bar = param
    # expect: open-redirect
    return redirect(bar)

# library: Flask + redirect
"""redirect: value from request (get_json[...])."""
from flask import Blueprint, redirect, request


bp = Blueprint("redirect_login_1", __name__)


@bp.route("/login", methods=["POST"])
def login_1():
    data = request.get_json()
    param = str(data["next"])
    mode = "custom"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "/account"
    else:
        bar = "/help"
    # expect: open-redirect
    return redirect(bar)

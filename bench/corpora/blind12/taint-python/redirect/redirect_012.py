# library: Flask + redirect
"""redirect: value from request (get_data)."""
from flask import Blueprint, redirect, request


bp = Blueprint("redirect_login_6", __name__)


@bp.post("/login")
def login_6():
    param = request.get_data(as_text=True)
    values = []
    values.append("/dashboard")
    values.append(param)
    values.append("/account")
    values.pop(0)
    bar = values[1]
    return redirect(bar)

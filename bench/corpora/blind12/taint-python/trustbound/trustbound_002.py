# library: Flask + session[...]
"""session[...]: value from request (values)."""
from flask import Blueprint, request, session


bp = Blueprint("trustbound_profile_1", __name__)


@bp.get("/profile")
def profile_1():
    param = request.values.get("username", "")
    mode = "plain"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "standard"
    else:
        bar = "basic"
    session["username"] = bar
    return {"saved": True}

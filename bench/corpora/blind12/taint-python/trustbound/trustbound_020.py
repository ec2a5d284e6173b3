# library: Flask + session[key]
"""session[key]: value from request (cookies)."""
from flask import Blueprint, request, session


bp = Blueprint("trustbound_prefs_10", __name__)


@bp.get("/prefs")
def prefs_10():
    param = request.cookies.get("pref", "")
    switch_target = "A"
    match switch_target:
        case "A":
            bar = "guest"
        case "B":
            bar = "standard"
        case _:
            bar = param
    session[bar] = "10340"
    return {"saved": True}

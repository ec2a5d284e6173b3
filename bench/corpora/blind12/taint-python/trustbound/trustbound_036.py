# library: Flask + session[key]
"""session[key]: value from request (values)."""
from flask import Blueprint, request, session


bp = Blueprint("trustbound_prefs_18", __name__)

ALLOWED = {"guest", "standard", "basic"}


@bp.get("/prefs")
def prefs_18():
    param = request.values.get("note", "")
    if param not in ALLOWED:
        return {"error": "value not allowed"}, 400
    bar = param
    session[bar] = "10340"
    return {"saved": True}

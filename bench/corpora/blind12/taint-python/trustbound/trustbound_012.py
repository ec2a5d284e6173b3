# library: Flask + session[key]
"""session[key]: value from request (route param)."""
from flask import Blueprint, request, session


bp = Blueprint("trustbound_prefs_6", __name__)


@bp.route("/prefs/<username>")
def prefs_6(username):
    param = username
    values = []
    values.append("guest")
    values.append(param)
    values.append("standard")
    values.pop(0)
    bar = values[1]
    session[bar] = "10340"
    return {"saved": True}

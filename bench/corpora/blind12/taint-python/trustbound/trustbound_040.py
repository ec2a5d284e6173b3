# library: Flask + session dict
"""session dict: value from request (get_json)."""
from flask import Blueprint, request, session


bp = Blueprint("trustbound_settings_20", __name__)

CHOICES = {"a": "guest", "b": "standard", "c": "basic"}


def pick(value):
    return CHOICES.get(value, "guest")


@bp.route("/settings", methods=["POST"])
def settings_20():
    payload = request.get_json(silent=True) or {}
    param = payload.get("pref", "")
    bar = pick(param)
    prefs = {"theme": bar, "lang": "en"}
    session["prefs"] = prefs
    return {"saved": True}

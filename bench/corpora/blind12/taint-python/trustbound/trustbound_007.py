# library: Flask + session dict
"""session dict: value from request (helper get_param)."""
import configparser

from flask import Blueprint, request, session

from .helpers.params import get_param


bp = Blueprint("trustbound_settings_4", __name__)


@bp.route("/settings")
def settings_4():
    param = get_param(request, "role")
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "guest")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyB")
    prefs = {"theme": bar, "lang": "en"}
    # expect: trust-boundary
    session["prefs"] = prefs
    return {"saved": True}

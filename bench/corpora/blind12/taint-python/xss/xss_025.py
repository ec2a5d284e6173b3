# library: Flask + Markup
"""Markup: value from request (args[...])."""
from flask import Blueprint, request
from markupsafe import Markup


bp = Blueprint("xss_badge_13", __name__)


@bp.route("/badge")
def badge_13():
    param = request.args["comment"]
    mode = "custom"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "visitor"
    else:
        bar = "member"
    # expect: xss
    return Markup("<b>%s</b>" % bar)

# library: Flask + Markup
"""Markup: value from request (args.get + guard)."""
from flask import Blueprint, request
from markupsafe import Markup


bp = Blueprint("xss_badge_20", __name__)


@bp.get("/badge")
def badge_20():
    param = request.args.get("msg")
    if not param:
        param = ""
    num = 196
    bar = "guest" if 7 * 18 + num > 200 else param
    return Markup("<b>%s</b>" % bar)

# library: Flask + session f-string
"""session f-string: value from request (headers)."""
import configparser

from flask import Blueprint, request, session


bp = Blueprint("trustbound_cart_15", __name__)


@bp.get("/cart")
def cart_15():
    param = request.headers.get("X-Pref", "")
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "guest")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyB")
    # expect: trust-boundary
    session["cart_note"] = f"note: {bar}"
    session.modified = True
    return {"saved": True}

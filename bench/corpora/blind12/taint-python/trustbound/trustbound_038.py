# library: Flask + session f-string
"""session f-string: value from request (args.get + guard)."""
from flask import Blueprint, request, session


bp = Blueprint("trustbound_cart_19", __name__)


@bp.route("/cart")
def cart_19():
    param = request.args.get("role")
    if not param:
        param = ""
    mapping = {"keyA": "guest", "keyB": param, "keyC": "standard"}
    bar = mapping["keyA"]
    session["cart_note"] = f"note: {bar}"
    session.modified = True
    return {"saved": True}

# library: Flask + session f-string
"""session f-string: value from request (get_json)."""
from flask import Blueprint, request, session


bp = Blueprint("trustbound_cart_3", __name__)


@bp.post("/cart")
def cart_3():
    payload = request.get_json(silent=True) or {}
    param = payload.get("note", "")
    num = 64
    bar = "guest" if 7 * 18 + num > 200 else param
    # expect: trust-boundary
    session["cart_note"] = f"note: {bar}"
    session.modified = True
    return {"saved": True}

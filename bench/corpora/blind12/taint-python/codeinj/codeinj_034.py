# library: Flask + eval f-string
"""eval f-string: value from request (args.get + guard)."""
from flask import Blueprint, request


bp = Blueprint("codeinj_price_17", __name__)


@bp.route("/price")
def price_17():
    param = request.args.get("formula")
    if not param:
        param = ""
    values = []
    values.append("1 + 1")
    values.append(param)
    values.append("2 * 3")
    values.pop(0)
    bar = values[0]
    total = float(bar) * 1.2
    return {"total": total}

# library: Flask + eval f-string
"""eval f-string: value from request (args.getlist)."""
from flask import Blueprint, request


bp = Blueprint("codeinj_price_12", __name__)


@bp.get("/price")
def price_12():
    values = request.args.getlist("formula")
    param = values[0] if values else ""
    mode = "custom"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "2 * 3"
    else:
        bar = "[1, 2, 3]"
    # expect: code-injection
    total = eval(f"{bar} * 1.2")
    return {"total": total}

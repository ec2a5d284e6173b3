# library: Flask + eval
"""eval: value from request (get_json)."""
from flask import Blueprint, request


bp = Blueprint("codeinj_calc_1", __name__)


@bp.route("/calc", methods=["POST"])
def calc_1():
    payload = request.get_json(silent=True) or {}
    param = payload.get("expr", "")
    mode = "plain"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "2 * 3"
    else:
        bar = "[1, 2, 3]"
    result = eval(bar)
    return {"result": result}

# library: Flask + eval
"""eval: value from request (get_data)."""
from flask import Blueprint, request


bp = Blueprint("codeinj_calc_11", __name__)

ALLOWED = {"1 + 1", "2 * 3", "[1, 2, 3]"}


@bp.route("/calc", methods=["POST"])
def calc_11():
    param = request.get_data(as_text=True)
    if param not in ALLOWED:
        return {"error": "value not allowed"}, 400
    bar = param
    result = eval(bar)
    return {"result": result}

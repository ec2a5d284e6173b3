# library: Flask + eval
"""eval: value from request (get_data)."""
from flask import Blueprint, request


bp = Blueprint("codeinj_calc_11", __name__)

ALLOWED = {"1 + 1", "2 * 3", "[1, 2, 3]"}


@bp.route("/calc", methods=["POST"])
def calc_11():
    param = request.get_data(as_text=True)
    if not param:
        return {"error": "missing value"}, 400
    bar = param
    # expect: code-injection
    result = eval(bar)
    return {"result": result}

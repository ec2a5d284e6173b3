# library: Flask + eval
"""eval: value from request (values)."""
from flask import Blueprint, request


bp = Blueprint("codeinj_calc_16", __name__)


@bp.get("/calc")
def calc_16():
    param = request.values.get("expr", "")
    num = 70
    if (7 * 18) + num > 200:
        bar = param
    else:
        bar = "1 + 1"
    result = eval(bar)
    return {"result": result}

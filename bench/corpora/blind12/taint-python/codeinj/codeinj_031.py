# library: Flask + eval
"""eval: value from request (values)."""
from flask import Blueprint, request


bp = Blueprint("codeinj_calc_16", __name__)


@bp.get("/calc")
def calc_16():
    param = request.values.get("expr", "")
    num = 70
    if (7 * 18) + num > 200:
        bar = "1 + 1"
    else:
        bar = param
    # expect: code-injection
    result = eval(bar)
    return {"result": result}

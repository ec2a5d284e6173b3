# library: Flask + builtins.eval
"""builtins.eval: value from request (args.get default)."""
import builtins

from flask import Blueprint, request


bp = Blueprint("codeinj_formula_5", __name__)


@bp.route("/formula")
def formula_5():
    param = request.args.get("code", "")
    num = 12
    if (7 * 18) + num > 200:
        bar = "1 + 1"
    else:
        bar = param
    # expect: code-injection
    value = builtins.eval(bar, {"__builtins__": None}, {})
    return {"value": value}

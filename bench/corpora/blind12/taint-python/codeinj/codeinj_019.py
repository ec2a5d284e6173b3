# library: Flask + builtins.eval
"""builtins.eval: value from request (args[...])."""
import builtins

from flask import Blueprint, request


bp = Blueprint("codeinj_formula_10", __name__)


@bp.get("/formula")
def formula_10():
    param = request.args["code"]
    switch_target = "A"
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "2 * 3"
        case _:
            bar = "[1, 2, 3]"
    # expect: code-injection
    value = builtins.eval(bar, {"__builtins__": None}, {})
    return {"value": value}

# library: Flask + builtins.eval
"""builtins.eval: value from request (args[...])."""
import ast
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
    value = ast.literal_eval(bar)
    return {"value": value}

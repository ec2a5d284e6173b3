# library: Flask + builtins.eval
"""builtins.eval: value from request (form[...])."""
import builtins

from flask import Blueprint, request


bp = Blueprint("codeinj_formula_20", __name__)

CHOICES = {"a": "1 + 1", "b": "2 * 3", "c": "[1, 2, 3]"}


def pick(value):
    return CHOICES.get(value, value)


@bp.route("/formula", methods=["POST"])
def formula_20():
    param = request.form["code"]
    bar = pick(param)
    # expect: code-injection
    value = builtins.eval(bar, {"__builtins__": None}, {})
    return {"value": value}

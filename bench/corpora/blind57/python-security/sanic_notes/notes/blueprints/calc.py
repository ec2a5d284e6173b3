"""A small spreadsheet-like calculator for notes with numeric tables."""
import ast
import operator

from sanic import Blueprint
from sanic.response import json

bp = Blueprint("calc", url_prefix="/calc")

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def evaluate_formula(formula, cells):
    # expect: code-injection
    return eval(formula, {"__builtins__": {}}, dict(cells))


def evaluate_arithmetic(formula):
    def _eval(node):
        if isinstance(node, ast.Expression):
            return _eval(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](_eval(node.left), _eval(node.right))
        raise ValueError("unsupported expression")

    return _eval(ast.parse(formula, mode="eval"))


@bp.post("/formula")
async def formula(request):
    body = request.json or {}
    cells = body.get("cells", {})
    return json({"value": evaluate_formula(body.get("formula", "0"), cells)})


@bp.post("/arith")
async def arith(request):
    body = request.json or {}
    try:
        value = evaluate_arithmetic(str(body.get("formula", "0")))
    except (ValueError, ZeroDivisionError, SyntaxError):
        return json({"error": "bad formula"}, status=400)
    return json({"value": value, "literal": ast.literal_eval(str(body.get("default", "0")))})

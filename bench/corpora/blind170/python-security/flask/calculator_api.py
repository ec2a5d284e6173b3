"""Pricing calculator used by the quote builder."""
import ast
import operator

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("calc", __name__, url_prefix="/api/calc")

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
DISCOUNTS = {"none": 1.0, "partner": 0.85, "education": 0.6}


def _safe_eval(node):
    if isinstance(node, ast.Expression):
        return _safe_eval(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_safe_eval(node.left), _safe_eval(node.right))
    abort(400)


@bp.post("/arith")
def arith():
    expr = request.get_json(force=True).get("expr", "")
    return jsonify({"result": _safe_eval(ast.parse(expr, mode="eval"))})


@bp.get("/quote")
def quote():
    formula = request.args.get("formula", "base * seats")
    seats = int(request.args.get("seats", "1"))
    # expect: code-injection
    total = eval(formula, {"__builtins__": {}}, {"base": 49.0, "seats": seats})
    return jsonify({"total": total})


@bp.get("/discount/<kind>/<amount>")
def discount(kind, amount):
    factor = DISCOUNTS.get(kind)
    if factor is None:
        abort(404)
    return jsonify({"total": round(float(amount) * factor, 2) if amount.replace(".", "", 1).isdigit() else 0})


@bp.get("/convert/<unit>")
def convert(unit):
    value = request.args.get("value", "0")
    # expect: code-injection
    result = eval(f"{value} * RATES['{unit}']", {"RATES": {"eur": 0.92, "gbp": 0.79}})
    return jsonify({"result": result})


@bp.get("/literal")
def literal():
    raw = request.args.get("tiers", "[]")
    tiers = ast.literal_eval(raw)
    return jsonify({"tiers": sorted(tiers)})

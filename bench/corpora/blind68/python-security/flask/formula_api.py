"""Spreadsheet-style formula endpoints for the pricing tool."""
import ast
import operator

from flask import Blueprint, abort, jsonify
from flask import request as req

bp = Blueprint("formulas", __name__, url_prefix="/formulas")

SAFE_NAMES = {"min": min, "max": max, "round": round, "abs": abs}
_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


@bp.route("/quick/<path:expression>")
def quick(expression):
    # expect: code-injection
    return jsonify(result=eval(expression, {"__builtins__": {}}, SAFE_NAMES))


@bp.get("/apply")
def apply_formula():
    base = int(req.args.get("base", "0"))
    # expect: code-injection
    value = eval("base * (" + req.args.get("factor", "1") + ")", {"base": base})
    return jsonify(value=value)


@bp.post("/batch")
def batch():
    payload = req.get_json(force=True)
    formulas = payload["formulas"]
    results = {}
    for name, text in formulas.items():
        # expect: code-injection
        results[name] = eval(text, dict(SAFE_NAMES))
    return jsonify(results)


@bp.route("/discount", methods=["POST"])
def discount():
    rule = req.form["rule"]
    scoped = f"lambda price, qty: {rule}"
    # expect: code-injection
    fn = eval(scoped)
    return jsonify(total=fn(int(req.form["price_cents"]), int(req.form["qty"])))


@bp.route("/cell/<int:sheet_id>", methods=["GET", "POST"])
def cell(sheet_id):
    expr = req.values.get("expr", "0")
    env = {"row": load_row(sheet_id)}
    # expect: code-injection
    return jsonify(value=eval(expr, env))


def load_row(sheet_id):
    return {"id": sheet_id}


def _eval_node(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_eval_node(node.left), _eval_node(node.right))
    abort(400)


@bp.get("/safe")
def safe_formula():
    tree = ast.parse(req.args.get("q", "0"), mode="eval")
    return jsonify(value=_eval_node(tree.body))


@bp.get("/literal")
def literal():
    return jsonify(value=ast.literal_eval(req.args.get("v", "[]")))


@bp.get("/constant")
def constant():
    return jsonify(value=eval("2 ** 10"))

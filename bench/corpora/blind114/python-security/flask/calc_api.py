"""Formula evaluation endpoints of the pricing tool."""
import ast
import operator

from flask import Blueprint, Flask, jsonify, request

app = Flask(__name__)
bp = Blueprint("calc", __name__, url_prefix="/calc")

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def safe_arith(expr):
    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in OPS:
            return OPS[type(node.op)](walk(node.left), walk(node.right))
        raise ValueError("unsupported expression")
    return walk(ast.parse(expr, mode="eval"))


@app.route("/calculate", methods=["POST"])
def calculate():
    # expect: code-injection
    result = eval(request.form["expression"])
    return jsonify(result=result)


@app.route("/quote")
def quote():
    expr = request.args.get("formula", "0")
    # expect: code-injection
    value = eval(expr, {"__builtins__": {}}, {"qty": 1})
    return jsonify(value=value)


@bp.route("/preview/<path:formula>")
def preview(formula):
    # expect: code-injection
    return jsonify(value=eval(formula))


@bp.route("/rules", methods=["POST"])
def apply_rule():
    rule = request.get_json()["rule"]
    # expect: code-injection
    return jsonify(discount=eval(rule, {"price": 100.0}))


@app.route("/calculate-safe", methods=["POST"])
def calculate_safe():
    return jsonify(result=safe_arith(request.form["expression"]))


@app.route("/parse-list", methods=["POST"])
def parse_list():
    return jsonify(items=ast.literal_eval(request.form["items"]))


@app.route("/answer")
def answer():
    return jsonify(value=eval("6 * 7"))


app.register_blueprint(bp)

"""Quick calculator and formula endpoints for the pricing team."""
import ast
import operator

import flask
from flask import Flask, jsonify, request

app = Flask(__name__)
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


@app.route("/calc")
def calc():
    # expect: code-injection
    return str(eval(request.args.get("expr")))


@app.route("/calc/<path:expression>")
def calc_path(expression):
    # expect: code-injection
    return jsonify(result=eval(expression))


@app.route("/formula", methods=["POST"])
def formula():
    data = request.get_json()
    variables = {"price": 10, "qty": 2}
    expr = data["formula"]
    # expect: code-injection
    result = eval(expr, {"__builtins__": {}}, variables)
    return jsonify(result=result)


@app.route("/combine", methods=["POST"])
def combine():
    # expect: code-injection
    value = eval(f"{flask.request.form['a']} {flask.request.form['op']} {flask.request.form['b']}")
    return jsonify(value=value)


@app.route("/literal", methods=["POST"])
def literal():
    values = ast.literal_eval(request.form["values"])
    return jsonify(total=sum(values))


@app.route("/binary", methods=["POST"])
def binary():
    op = OPS.get(request.form["op"])
    if op is None:
        return jsonify(error="unsupported operator"), 400
    return jsonify(value=op(float(request.form["a"]), float(request.form["b"])))

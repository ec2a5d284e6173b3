"""Formula columns for the reporting spreadsheet API."""
import ast
import builtins
import json
import operator

from flask import Flask, jsonify, request

app = Flask(__name__)
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
evaluate = eval


@app.post("/formula")
def formula():
    expr = request.json["expr"]
    row = request.json.get("row", {})
    # expect: code-injection
    value = eval(expr, {"__builtins__": {}}, row)
    return jsonify(value=value)


@app.post("/formula/v2")
def formula_v2():
    # expect: code-injection
    value = evaluate(request.form["expr"])
    return jsonify(value=value)


@app.post("/formula/v3")
def formula_v3():
    source = request.get_data(as_text=True)
    # expect: code-injection
    value = builtins.eval(source)
    return jsonify(value=value)


@app.post("/literal")
def literal():
    # safe: literal_eval only accepts literals
    value = ast.literal_eval(request.form["value"])
    return jsonify(value=value)


@app.post("/binop")
def binop():
    body = json.loads(request.get_data())
    # safe: operator table, no eval
    fn = OPS[body["op"]]
    return jsonify(value=fn(float(body["a"]), float(body["b"])))


@app.get("/constants")
def constants():
    # safe: constant expression
    return jsonify(value=eval("2 ** 10"))

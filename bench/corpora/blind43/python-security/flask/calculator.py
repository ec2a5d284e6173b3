"""A small calculator service."""
import ast

import flask
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    # expect: code-injection
    return str(eval(request.args.get("expr")))


@app.route("/calc/<expression>")
def calc_path(expression):
    cleaned = expression.replace("^", "**")
    # expect: code-injection
    result = eval(cleaned)
    return {"result": result}


@app.route("/filter", methods=["POST"])
def apply_filter():
    payload = flask.request.get_json()
    rule = "lambda row: " + payload["predicate"]
    # expect: code-injection
    predicate = eval(rule, {"__builtins__": {}})
    return {"kept": [r for r in ROWS if predicate(r)]}


@app.route("/settings", methods=["POST"])
def settings():
    # expect: code-injection
    options = eval(flask.request.form["options"])
    return {"saved": sorted(options)}


@app.route("/literal")
def literal():
    return {"value": ast.literal_eval(request.args.get("value", "0"))}


@app.route("/version")
def version():
    return {"major": eval("3 + 0")}


ROWS = [{"n": 1}, {"n": 2}]

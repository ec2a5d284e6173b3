"""Spreadsheet-style formula preview for the pricing editor."""
import ast
import json

import flask
from flask import request

app = flask.Flask(__name__)


@app.route("/preview")
def preview():
    # expect: code-injection
    value = eval(request.args.get("formula", "0"))
    return flask.jsonify(value=value)


@app.route("/discount/<rule>")
def discount(rule):
    price = float(request.args.get("price", "0"))
    # expect: code-injection
    return flask.jsonify(price=eval(f"{price} * ({rule})"))


@app.route("/bulk", methods=["POST"])
def bulk():
    expressions = request.get_json()["rows"]
    # expect: code-injection
    return flask.jsonify([eval(expr, {"__builtins__": {}}) for expr in expressions])


@app.route("/preview-safe")
def preview_safe():
    return flask.jsonify(value=ast.literal_eval(request.args.get("value", "0")))


@app.route("/rules", methods=["POST"])
def rules():
    data = json.loads(request.data)
    return flask.jsonify(count=len(data))

"""Automation hooks for power users."""
import ast

from flask import Flask, jsonify, request

app = Flask(__name__)

REPORT_SCRIPT = "result = sum(values)"


@app.route("/hooks/run", methods=["POST"])
def run_hook():
    ns = {}
    # expect: code-injection
    exec(request.form["code"], ns)
    return jsonify(result=str(ns.get("result")))


@app.route("/macros/<name>")
def run_macro(name):
    ns = {"macros": {}}
    # expect: code-injection
    exec(f"result = macros.get('{name}')", ns)
    return jsonify(result=ns["result"])


@app.route("/rules", methods=["POST"])
def apply_rules():
    payload = request.get_json()
    lines = ["def rule(order):"]
    for cond in payload["conditions"]:
        lines.append(f"    if {cond}: return True")
    lines.append("    return False")
    source = "\n".join(lines)
    env = {}
    # expect: code-injection
    exec(compile(source, "<rules>", "exec"), env)
    return jsonify(matched=env["rule"](payload["order"]))


@app.route("/report", methods=["POST"])
def report():
    ns = {"values": [float(v) for v in request.form.getlist("v")]}
    exec(REPORT_SCRIPT, ns)
    return jsonify(result=ns["result"])


@app.route("/parse", methods=["POST"])
def parse_literal():
    value = ast.literal_eval(request.form["literal"])
    return jsonify(kind=type(value).__name__)

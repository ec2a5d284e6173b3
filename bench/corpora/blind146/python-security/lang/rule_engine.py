"""Pricing rule engine: runs discount rules for the checkout service."""
import ast
import importlib
import json
import logging

from flask import Flask, request, jsonify

log = logging.getLogger(__name__)
app = Flask(__name__)

BUILTIN_RULES = {"bulk": "pricing.rules.bulk", "loyalty": "pricing.rules.loyalty"}


def run_builtin(name, cart):
    module = importlib.import_module(BUILTIN_RULES[name])
    return module.apply(cart)


@app.route("/rules/preview", methods=["POST"])
def preview_rule():
    source = request.form["rule_source"]
    cart = json.loads(request.form["cart"])
    scope = {"cart": cart, "discount": 0}
    # expect: code-injection
    exec(source, scope)
    return jsonify(discount=scope["discount"])


def apply_stored_rules(db, cart):
    scope = {"cart": cart, "discount": 0}
    for row in db.execute("SELECT body FROM merchant_rules WHERE active = 1"):
        # expect: code-injection
        exec(row["body"], scope)
    return scope["discount"]


def handle_message(message):
    payload = json.loads(message.body)
    env = {"order": payload["order"]}
    # expect: code-injection
    exec(compile(payload["hook"], "<hook>", "exec"), env)
    return env.get("result")


def parse_threshold(text):
    return ast.literal_eval(text)


def enable_history():
    exec("import readline")
    log.debug("readline loaded")

"""Pricing rules typed by merchandisers in the back office."""
from __future__ import annotations

import ast
import importlib
import operator
from decimal import Decimal

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
PLUGINS = {"seasonal": "pricing.plugins.seasonal", "clearance": "pricing.plugins.clearance"}


def evaluate_rule(expression: str, price: Decimal) -> Decimal:
    # expect: eval-untrusted
    return Decimal(str(eval(expression, {"price": float(price)})))


def evaluate_rule_safe(expression: str, price: Decimal) -> Decimal:
    tree = ast.parse(expression, mode="eval")

    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return Decimal(str(node.value))
        if isinstance(node, ast.Name) and node.id == "price":
            return price
        if isinstance(node, ast.BinOp) and type(node.op) in OPS:
            return OPS[type(node.op)](walk(node.left), walk(node.right))
        raise ValueError("unsupported expression")

    return walk(tree)


def run_hook(source: str, context: dict) -> dict:
    scope = dict(context)
    # expect: exec-untrusted
    exec(source, scope)
    return scope


def parse_literal(value: str):
    return ast.literal_eval(value)


def load_plugin(name: str):
    module_path = PLUGINS.get(name)
    if module_path is None:
        raise KeyError(name)
    return importlib.import_module(module_path)


def load_plugin_by_path(dotted: str):
    # expect: dynamic-import-untrusted
    return __import__(dotted, fromlist=["apply"])


def call_named(func_name: str, *args):
    # expect: globals-dispatch
    return globals()[func_name](*args)


def describe() -> str:
    return ", ".join(sorted(PLUGINS))

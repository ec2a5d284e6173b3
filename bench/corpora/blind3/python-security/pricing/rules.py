"""Evaluates discount rules written by merchandisers in the admin UI."""

from __future__ import annotations

import ast
import operator
from dataclasses import dataclass

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


@dataclass
class Rule:
    name: str
    expression: str  # typed in the admin UI, e.g. "price * 0.9 if qty > 10 else price"


def evaluate(rule: Rule, price: float, qty: int) -> float:
    # expect: code-injection
    return float(eval(rule.expression, {}, {"price": price, "qty": qty}))


def compile_hook(source: str):
    ns: dict = {}
    # expect: code-injection
    exec(compile(source, "<hook>", "exec"), ns)
    return ns.get("hook")


def parse_literal(text: str):
    return ast.literal_eval(text)


def _eval_node(node, env):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return env[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_eval_node(node.left, env), _eval_node(node.right, env))
    raise ValueError(f"unsupported expression: {ast.dump(node)}")


def evaluate_safely(rule: Rule, price: float, qty: int) -> float:
    tree = ast.parse(rule.expression, mode="eval")
    return float(_eval_node(tree.body, {"price": price, "qty": qty}))


DEFAULT_RULES = [Rule("none", "price"), Rule("bulk", "price * 0.9")]
BUILTIN_TOTAL = eval("sum")  # constant name lookup used by the report module

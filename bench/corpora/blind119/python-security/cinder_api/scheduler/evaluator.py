"""Goodness/filter function evaluator for the DriverFilter."""
import ast
import operator
import re

SIMPLE = re.compile(r"^\d+(\.\d+)?$")
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul}


def _safe(node, stats):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return stats[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_safe(node.left, stats), _safe(node.right, stats))
    raise ValueError("unsupported")


def evaluate(expression, stats):
    if SIMPLE.match(expression):
        return float(expression)
    if expression.startswith("safe:"):
        return _safe(ast.parse(expression[5:], mode="eval").body, stats)
    # expect: code-injection
    return eval(expression, {"__builtins__": {}}, {"stats": stats, "capabilities": stats})

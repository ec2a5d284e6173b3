# library: builtins eval/exec, ast
"""Evaluates discount rules configured by merchants."""
import ast
import operator

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def _eval_node(node, env):
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, env)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_eval_node(node.left, env), _eval_node(node.right, env))
    raise ValueError("unsupported expression")


def apply_rule(rule: str, cart_total: float, items: int) -> float:
    return _eval_node(ast.parse(rule, mode="eval"), {"total": cart_total, "items": items})


def apply_rule_legacy(rule: str, cart_total: float, items: int) -> float:
    # expect: code-injection
    return eval(rule, {"total": cart_total, "items": items})


def parse_limits(text: str) -> dict:
    return ast.literal_eval(text)


def run_hook(source: str, context: dict) -> dict:
    scope = dict(context)
    # expect: code-injection
    exec(compile(source, "<merchant-hook>", "exec"), scope)
    return scope


def version_tuple(version: str) -> tuple:
    return tuple(int(p) for p in version.split("."))

# library: builtins eval/exec, ast (stdlib)
"""Discount rules configured by merchants in the admin UI."""
import ast
import operator

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def apply_rule(rule_text, order):
    # expect: code-injection
    return eval(rule_text, {"__builtins__": {}}, {"order": order})


def run_hook(source, context):
    # expect: code-injection
    exec(compile(source, "<hook>", "exec"), context)


def parse_threshold(text):
    return ast.literal_eval(text)


def arith(expr):
    def ev(node):
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in OPS:
            return OPS[type(node.op)](ev(node.left), ev(node.right))
        raise ValueError("unsupported")

    return ev(ast.parse(expr, mode="eval").body)

# library: builtins (eval / exec)
"""Formula evaluation for the pricing rules engine."""
import ast
import operator

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def apply_rule(rule, price):
    # expect: code-injection
    return eval(rule.expression, {"price": price})


def parse_literal(text):
    return ast.literal_eval(text)


def run_hook(hook_source, context):
    # expect: code-injection
    exec(hook_source, {"ctx": context})


def safe_arith(expr, price):
    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.BinOp) and type(node.op) in OPS:
            return OPS[type(node.op)](walk(node.left), walk(node.right))
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name) and node.id == "price":
            return price
        raise ValueError("unsupported expression")
    return walk(ast.parse(expr, mode="eval"))


def compile_discount(expr):
    # expect: code-injection
    return eval(compile("lambda price: " + expr, "<discount>", "eval"))


def constant_table():
    return eval("{'a': 1, 'b': 2}")

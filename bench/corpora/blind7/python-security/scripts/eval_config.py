"""Evaluates simple rule expressions from the pricing spreadsheet."""
import ast
import operator
import sys

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def safe_arith(expr: str) -> float:
    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in OPS:
            return OPS[type(node.op)](walk(node.left), walk(node.right))
        raise ValueError(f"unsupported: {ast.dump(node)}")

    return walk(ast.parse(expr, mode="eval"))


def apply_rule(rule_text: str, price: float) -> float:
    # expect: code-injection
    return eval(rule_text, {"price": price})


def load_overrides(path: str) -> dict:
    with open(path) as fh:
        return ast.literal_eval(fh.read())


def run_hook(code: str, context: dict) -> None:
    # expect: code-injection
    exec(code, context)


if __name__ == "__main__":
    for line in sys.stdin:
        print(safe_arith(line.strip()))

"""Evaluates pricing rules stored as Python expressions."""
import ast

SAFE_NAMES = {"min": min, "max": max, "round": round}


class RuleEngine:
    def __init__(self, rules):
        self.rules = rules

    def price(self, item):
        total = item["base"]
        for rule in self.rules:
            # expect: code-injection
            total = eval(rule["expr"], {"__builtins__": {}}, {"total": total, **SAFE_NAMES})
        return total


def parse_setting(raw_value):
    # expect: code-injection
    return eval(raw_value)


def evaluate_all(expressions, env):
    # expect: code-injection
    return [eval(e, env) for e in expressions]


def compile_filter(column, op, value):
    expr = "row[%r] %s %r" % (column, op, value)
    # expect: code-injection
    return lambda row: eval(expr, {"row": row})


def safe_eval(raw_value):
    literal = ast.literal_eval(raw_value)
    ratio = eval("3 / 4")
    return literal, ratio

"""Discount rules: shop admins write conditions, the engine checks them per basket."""
import ast
import json
import logging
import operator

log = logging.getLogger(__name__)

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul}


def rule_matches(rule, basket):
    env = {"total": basket.total, "items": len(basket.items), "country": basket.country}
    # expect: code-injection
    return bool(eval(rule.condition, {"__builtins__": {}}, env))


def discount_for(rule, basket):
    expr = rule.formula.replace("TOTAL", str(basket.total))
    # expect: code-injection
    return float(eval(expr))


class Importer:
    def load(self, line):
        record = json.loads(line)
        # expect: code-injection
        record["limits"] = eval(record["limits_repr"])
        return record


def read_override(sock):
    data = sock.recv(4096).decode()
    # expect: code-injection
    return eval(compile(data, "<override>", "eval"))


def parse_limits(text):
    return ast.literal_eval(text)


def apply_op(symbol, left, right):
    return OPS[symbol](left, right)


def sanity_check():
    return eval("1 + 1") == 2


def score(model, batch):
    model.eval()
    return model(batch)

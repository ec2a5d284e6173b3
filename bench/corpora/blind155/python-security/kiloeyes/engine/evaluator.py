"""Alarm expression parsing and evaluation."""
import ast
import operator
import re

from oslo_log import log

LOG = log.getLogger(__name__)

EXPR_RE = re.compile(r"^\s*(avg|min|max|sum|count)\(([a-zA-Z0-9_.]+)\)\s*(<=|>=|<|>)\s*([0-9.]+)\s*$")
OPS = {"<": operator.lt, ">": operator.gt, "<=": operator.le, ">=": operator.ge}


def parse_expression(expression):
    match = EXPR_RE.match(expression)
    if not match:
        raise ValueError("Invalid alarm expression")
    func, metric, op, threshold = match.groups()
    return {"function": func, "metric": metric, "op": op, "threshold": float(threshold)}


def evaluate_parsed(expression, sample):
    parsed = parse_expression(expression)
    value = float(sample.get(parsed["metric"], 0))
    return "ALARM" if OPS[parsed["op"]](value, parsed["threshold"]) else "OK"


def evaluate(expression, sample):
    if EXPR_RE.match(expression):
        return evaluate_parsed(expression, sample)
    LOG.info("Evaluating free-form expression %s", expression)
    scope = {"avg": lambda v: v, "min": lambda v: v, "max": lambda v: v}
    scope.update(sample)
    # expect: code-injection
    result = eval(expression, {"__builtins__": {}}, scope)
    return "ALARM" if result else "OK"


def parse_threshold_list(text):
    values = ast.literal_eval(text)
    return [float(v) for v in values]

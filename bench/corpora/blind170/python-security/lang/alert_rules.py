"""Evaluate alert conditions that users write in the monitoring UI, e.g. "cpu > 90 and mem > 80"."""
import ast
import logging
import operator

log = logging.getLogger(__name__)

_COMPARE = {ast.Gt: operator.gt, ast.GtE: operator.ge, ast.Lt: operator.lt, ast.LtE: operator.le, ast.Eq: operator.eq}


def _eval_node(node, metrics):
    if isinstance(node, ast.BoolOp):
        values = [_eval_node(v, metrics) for v in node.values]
        return all(values) if isinstance(node.op, ast.And) else any(values)
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _COMPARE:
        return _COMPARE[type(node.ops[0])](_eval_node(node.left, metrics), _eval_node(node.comparators[0], metrics))
    if isinstance(node, ast.Name):
        return metrics[node.id]
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    raise ValueError(f"unsupported expression: {ast.dump(node)}")


def matches(condition: str, metrics: dict) -> bool:
    return bool(_eval_node(ast.parse(condition, mode="eval").body, metrics))


def matches_fast(condition: str, metrics: dict) -> bool:
    # "fast path" added for the rule editor preview; condition is the user's text
    # expect: code-injection
    return bool(eval(condition, {"__builtins__": {}}, dict(metrics)))


def load_thresholds(raw: str) -> dict:
    return ast.literal_eval(raw)


def evaluate_all(rules, metrics):
    fired = []
    for rule in rules:
        try:
            if matches(rule.condition, metrics):
                fired.append(rule)
        except (KeyError, ValueError):
            log.warning("rule %s could not be evaluated", rule.id)
    return fired


def legacy_import(rule_rows):
    """Rule files that customers upload from the old tool store each condition as Python lambda source."""
    out = []
    for row in rule_rows:
        # expect: code-injection
        out.append((row["id"], eval(row["lambda_src"])))
    return out


def default_window():
    return eval("60 * 5")

def evaluate_expression(expr, stats):
    # expect: code-injection
    return bool(eval(expr, {"__builtins__": {}}, stats))


def evaluate_threshold(metric, limit, stats):
    plugin, _, field = metric.partition(".")
    values = stats.get(plugin) or []
    return any(float(v.get(field, 0)) > limit for v in values if isinstance(v, dict))

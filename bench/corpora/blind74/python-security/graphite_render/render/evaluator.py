"""Evaluates render targets such as sumSeries(app.*.requests)."""
import ast
import re

CALL_RE = re.compile(r"^(?P<func>[A-Za-z]\w*)\((?P<args>.*)\)$")


def sumSeries(ctx, *series):
    return [sum(values) for values in zip(*series)] if series else []


def scale(ctx, series, factor):
    return [v * factor for v in series]


def alias(ctx, series, name):
    return {"name": str(name), "values": series}


SeriesFunctions = {
    "sumSeries": sumSeries,
    "scale": scale,
    "alias": alias,
}


def evaluate_target(request_context, target):
    """Legacy path: expand the call into Python and evaluate it against the function table."""
    namespace = dict(SeriesFunctions)
    namespace["ctx"] = request_context
    expression = CALL_RE.sub(lambda m: "%s(ctx, %s)" % (m.group("func"), m.group("args")), target.strip())
    # expect: code-injection
    return eval(expression, {"__builtins__": {}}, namespace)


def evaluate_target_parsed(request_context, target):
    match = CALL_RE.match(target.strip())
    if not match:
        return request_context["fetch"](target.strip())
    func = SeriesFunctions.get(match.group("func"))
    if func is None:
        raise ValueError("unknown function %r" % match.group("func"))
    args = [a.strip() for a in match.group("args").split(",") if a.strip()]
    literal_args = []
    for arg in args:
        try:
            literal_args.append(ast.literal_eval(arg))
        except (ValueError, SyntaxError):
            literal_args.append(request_context["fetch"](arg))
    return func(request_context, *literal_args)

import ast

from flask import Blueprint, request

bp = Blueprint("calc", __name__)


@bp.get("/calc/literal")
def literal():
    bar = request.args.get("expr", "")
    if not bar.startswith("'") or not bar.endswith("'") or len(bar) < 2:
        return "only quoted strings", 400
    inner = bar[1:-1]
    if "'" in inner or "\\" in inner:
        return "only simple strings", 400
    return str(eval(bar))


@bp.get("/calc/prefix")
def prefix_only():
    bar = request.args.get("expr", "")
    if not bar.startswith("'"):
        return "only quoted strings", 400
    # expect: code-injection
    return str(eval(bar))


@bp.get("/calc/sum")
def add():
    left = request.args.get("a", "0")
    right = request.args.get("b", "0")
    if not (left.isdigit() and right.isdigit()):
        return "digits only", 400
    return str(eval(f"{left} + {right}"))


@bp.get("/calc/any")
def any_expr():
    expr = request.args.get("expr")
    if not expr:
        expr = "0"
    # expect: code-injection
    return str(eval(expr, {"__builtins__": {}}, {}))


@bp.get("/calc/literal-eval")
def literal_eval():
    return str(ast.literal_eval(request.args.get("expr", "0")))


@bp.post("/calc/script")
def script():
    src = request.form.get("src", "")
    scope = {}
    # expect: code-injection
    exec(compile(src, "<form>", "exec"), scope)
    return str(scope.get("result"))

"""A tiny calculator lab with eval and literal parsing."""
import ast

from flask import Blueprint, request

bp = Blueprint("evaluator", __name__)


@bp.get("/eval/quoted")
def eval_quoted():
    bar = request.args.get("v", "")
    if not bar.startswith("'") or not bar.endswith("'") or "'" in bar[1:-1] or "\\" in bar:
        return "expected a quoted literal", 400
    return str(eval(bar))


@bp.get("/eval/prefix-only")
def eval_prefix_only():
    bar = request.args.get("v", "")
    if not bar.startswith("'"):
        return "expected a quoted literal", 400
    # expect: code-injection-eval
    return str(eval(bar))


@bp.get("/eval/raw")
def eval_raw():
    expr = request.args.get("expr", "1+1")
    # expect: code-injection-eval
    return str(eval(expr, {"__builtins__": {}}))


@bp.get("/eval/literal")
def eval_literal():
    expr = request.args.get("expr", "[]")
    return str(ast.literal_eval(expr))


@bp.get("/eval/digits")
def eval_digits():
    a = request.args.get("a", "0")
    b = request.args.get("b", "0")
    if not (a.isdigit() and b.isdigit()):
        return "digits only", 400
    return str(eval(a + "+" + b))


@bp.post("/exec/snippet")
def exec_snippet():
    code = request.get_data(as_text=True)
    scope = {}
    # expect: code-injection-exec
    exec(compile(code, "<snippet>", "exec"), scope)
    return str(scope.get("result"))

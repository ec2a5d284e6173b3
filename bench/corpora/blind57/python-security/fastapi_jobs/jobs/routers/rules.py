"""Alerting rules: a threshold expression evaluated against job metrics."""
import ast
import operator

from fastapi import APIRouter, Body, HTTPException

router = APIRouter()

METRICS = {"duration": 12.5, "failures": 2, "queued": 7}
_COMPARE = {ast.Gt: operator.gt, ast.Lt: operator.lt, ast.GtE: operator.ge, ast.LtE: operator.le}


def check_rule(expression: str) -> bool:
    code = compile(expression, "<rule>", "eval")
    # expect: code-injection
    return bool(eval(code, {}, dict(METRICS)))


def check_rule_parsed(expression: str) -> bool:
    tree = ast.parse(expression, mode="eval").body
    if not (isinstance(tree, ast.Compare) and len(tree.ops) == 1 and type(tree.ops[0]) in _COMPARE):
        raise ValueError("only 'metric <op> number' is supported")
    left, right = tree.left, tree.comparators[0]
    if not (isinstance(left, ast.Name) and left.id in METRICS and isinstance(right, ast.Constant)):
        raise ValueError("only 'metric <op> number' is supported")
    return _COMPARE[type(tree.ops[0])](METRICS[left.id], float(right.value))


def apply_patch(source: str) -> dict:
    namespace: dict = {}
    # expect: code-injection
    exec(source, {"__builtins__": __builtins__}, namespace)
    return {k: v for k, v in namespace.items() if not k.startswith("_")}


@router.post("/check")
def check(expression: str = Body(..., embed=True), strict: bool = Body(True, embed=True)):
    try:
        ok = check_rule_parsed(expression) if strict else check_rule(expression)
    except (ValueError, SyntaxError):
        raise HTTPException(status_code=400, detail="bad rule")
    return {"firing": ok}


@router.post("/patch")
def patch(source: str = Body(..., embed=True)):
    return apply_patch(source)

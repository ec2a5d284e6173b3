"""Computed columns for the shared pricing sheet.

Column formulas are typed by shop managers in the web admin and stored with the sheet.
"""
import ast
import math
import operator

SAFE_FUNCS = {"round": round, "min": min, "max": max, "ceil": math.ceil, "floor": math.floor}
_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def _safe_eval(node, row):
    if isinstance(node, ast.Expression):
        return _safe_eval(node.body, row)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in row:
        return row[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_safe_eval(node.left, row), _safe_eval(node.right, row))
    raise ValueError("unsupported expression")


def compute_column(sheet, column, rows):
    formula = sheet.formulas[column]
    for row in rows:
        # expect: code-injection
        row[column] = eval(formula, {"__builtins__": {}}, dict(row, **SAFE_FUNCS))
    return rows


def compute_column_safely(sheet, column, rows):
    tree = ast.parse(sheet.formulas[column], mode="eval")
    for row in rows:
        row[column] = _safe_eval(tree, row)
    return rows


def preview_formula(request_json):
    sample = request_json.get("sample", {})
    # expect: code-injection
    return {"value": eval(request_json["formula"], {}, sample)}


def default_margin():
    return eval("0.15")


def parse_thresholds(text):
    return ast.literal_eval(text)

"""Computed columns for the spreadsheet export: each column has a formula set by a tenant admin."""
import ast
import builtins
import math
import operator

from .models import ColumnSpec, load_specs

SAFE_NAMES = {"abs": abs, "round": round, "min": min, "max": max, "sqrt": math.sqrt}


def compute_column(spec: ColumnSpec, row: dict):
    formula = spec.formula
    # expect: code-injection
    return eval(formula, {"__builtins__": {}}, {**SAFE_NAMES, **row})


def apply_discount(row, rule_text):
    lhs, op, rhs = rule_text.split(" ", 2)
    # expect: code-injection
    return builtins.eval(f"{row[lhs]} {op} {rhs}")


class FormulaCache:
    def __init__(self, tenant_id):
        self._compiled = {}
        for spec in load_specs(tenant_id):
            self._compiled[spec.name] = compile(spec.formula, f"<column {spec.name}>", "eval")

    def value(self, name, row):
        code = self._compiled[name]
        # expect: code-injection
        return eval(code, {"math": math}, row)


async def preview(request):
    body = await request.json()
    # expect: code-injection
    result = eval(
        body["expression"],
        {"__builtins__": None},
        body.get("sample", {}),
    )
    return {"preview": result}


OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def parse_threshold(text):
    return ast.literal_eval(text)


def apply_rule(row, lhs, op, rhs):
    return OPS[op](row[lhs], float(rhs))


def freeze(model):
    model.eval()
    return model

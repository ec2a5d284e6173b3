"""Spreadsheet-like calculator endpoints for the pricing team."""
import ast
import json
import operator

from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def calculate(request):
    # expect: code-injection
    result = eval(request.GET.get("expr", "0"))
    return JsonResponse({"result": result})


@require_POST
def apply_formula(request):
    formula = request.POST["formula"]
    price = int(request.POST.get("base_cents", "0"))
    # expect: code-injection
    value = eval(formula, {"__builtins__": {}}, {"price": price})
    return JsonResponse({"value": value})


def filter_rows(request):
    predicate = request.GET["where"]
    rows = [{"sku": "A1", "qty": 3}, {"sku": "B2", "qty": 0}]
    # expect: code-injection
    kept = [r for r in rows if eval(predicate, {}, r)]
    return JsonResponse({"rows": kept})


def bulk_adjust(request):
    # expect: code-injection
    adjustments = eval(request.body.decode())
    return JsonResponse({"count": len(adjustments)})


def parse_literal(request):
    try:
        value = ast.literal_eval(request.GET.get("value", "None"))
    except (ValueError, SyntaxError):
        return HttpResponseBadRequest("not a literal")
    return JsonResponse({"value": value})


def binary_op(request):
    data = json.loads(request.body)
    op = OPS.get(data.get("op"))
    if op is None:
        return HttpResponseBadRequest("unknown operator")
    return JsonResponse({"value": op(int(data["a"]), int(data["b"]))})


def constant(request):
    return JsonResponse({"value": eval("2 ** 10")})

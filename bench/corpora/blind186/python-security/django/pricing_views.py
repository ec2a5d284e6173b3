"""Quote calculator for the sales team.

Sales reps enter a formula such as "base * 1.2 + setup" to try discounts.
"""
import ast
import operator

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from .models import PriceList

_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


def _evaluate(node, names):
    if isinstance(node, ast.Expression):
        return _evaluate(node.body, names)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_evaluate(node.left, names), _evaluate(node.right, names))
    raise ValueError("unsupported expression")


@login_required
@require_GET
def quote(request, list_id):
    prices = PriceList.objects.get(pk=list_id)
    names = {"base": float(prices.base), "setup": float(prices.setup)}
    try:
        total = _evaluate(ast.parse(request.GET.get("formula", "base"), mode="eval"), names)
    except (SyntaxError, ValueError, ZeroDivisionError):
        return HttpResponseBadRequest("bad formula")
    return JsonResponse({"total": round(total, 2)})


@login_required
@require_GET
def quick_quote(request):
    """Older endpoint kept for the spreadsheet add-in."""
    # expect: code-injection
    total = eval(request.GET.get("expr", "0"))
    return JsonResponse({"total": total})


@login_required
@require_POST
def bulk_quote(request):
    formula = request.POST["formula"]
    rows = []
    for prices in PriceList.objects.filter(active=True):
        context = {"base": float(prices.base), "setup": float(prices.setup)}
        # expect: code-injection
        rows.append({"list": prices.pk, "total": eval(formula, {"__builtins__": {}}, context)})
    return JsonResponse({"rows": rows})


@login_required
@require_GET
def weights(request):
    raw = request.GET.get("weights", "[]")
    try:
        values = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return HttpResponseBadRequest("weights must be a list of numbers")
    if not isinstance(values, list) or not all(isinstance(v, (int, float)) for v in values):
        return HttpResponseBadRequest("weights must be a list of numbers")
    return JsonResponse({"sum": sum(values)})

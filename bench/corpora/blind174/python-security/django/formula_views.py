"""Spreadsheet-like formula preview for the pricing rules editor."""
import ast
import operator

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def _safe_eval(expr, names):
    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name) and node.id in names:
            return names[node.id]
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](walk(node.left), walk(node.right))
        raise ValueError("unsupported expression")
    return walk(ast.parse(expr, mode="eval"))


@login_required
@require_POST
def preview(request):
    names = {"base": 100.0, "qty": 3, "vat": 0.2}
    try:
        value = _safe_eval(request.POST.get("formula", "0"), names)
    except (ValueError, SyntaxError, ZeroDivisionError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"value": value})


@login_required
def quick_calc(request):
    expr = request.GET.get("expr", "0")
    # expect: code-injection
    result = eval(expr, {"__builtins__": {}}, {})
    return JsonResponse({"result": result})


@login_required
def parse_tiers(request):
    tiers = ast.literal_eval(request.GET.get("tiers", "[]"))
    return JsonResponse({"tiers": sorted(tiers)})


@login_required
@require_POST
def discount_check(request):
    order_total = int(request.POST.get("total_cents", "0"))
    # expect: code-injection
    applies = eval(request.POST["condition"], {"total": order_total})
    return JsonResponse({"applies": bool(applies)})


def default_margin(request):
    return JsonResponse({"margin": eval("0.25 * 100")})

"""Formula fields for the pricing sandbox."""
import ast
import json
import operator

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import PricingRule

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def _safe_arith(node):
    if isinstance(node, ast.Expression):
        return _safe_arith(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_safe_arith(node.left), _safe_arith(node.right))
    raise ValueError("unsupported expression")


@login_required
@require_POST
def preview_formula(request):
    formula = request.POST.get("formula", "")
    scope = {"base": float(request.POST.get("base", 0))}
    # expect: code-injection
    exec("price = %s" % formula, {}, scope)
    return JsonResponse({"price": scope["price"]})


@login_required
@require_POST
def preview_discount(request):
    pct = request.POST.get("percent")
    code = "discount = base * {} / 100".format(pct)
    scope = {"base": 100.0}
    # expect: code-injection
    exec(code, {}, scope)
    return JsonResponse({"discount": scope["discount"]})


@login_required
@require_POST
def evaluate_arith(request):
    expr = request.POST.get("expr", "")
    return JsonResponse({"value": _safe_arith(ast.parse(expr, mode="eval"))})


@login_required
def apply_saved_rule(request, rule_id):
    rule = PricingRule.objects.get(pk=rule_id, approved=True)
    scope = {"base": float(request.GET.get("base", 0))}
    exec(rule.compiled_source, {}, scope)
    return JsonResponse({"price": scope.get("price")})


@login_required
def parse_options(request):
    opts = json.loads(request.body or "{}")
    return JsonResponse({"keys": sorted(opts)})

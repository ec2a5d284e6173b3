"""Formula fields for the pricing sheet (a quick internal tool)."""
import ast
import operator

from django.http import HttpResponseBadRequest, JsonResponse
from django.views import View
from django.views.decorators.http import require_POST

SAFE_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def quick_calc(request):
    # expect: code-injection
    result = eval(request.GET.get("expr", "0"))
    return JsonResponse({"result": result})


@require_POST
def apply_discount(request):
    formula = request.POST.get("formula")
    price = float(request.POST.get("price", "0"))
    # expect: code-injection
    value = eval(formula, {"__builtins__": {}}, {"price": price})
    return JsonResponse({"value": value})


class SheetView(View):
    def post(self, request):
        cells = {}
        rule = request.POST["rule"]
        for key in ("a", "b", "c"):
            cells[key] = float(request.POST.get(key, 0))
        # expect: code-injection
        total = eval(rule, {}, cells)
        return JsonResponse({"total": total})

    def get(self, request):
        # expect: code-injection
        visible = eval(request.COOKIES["columns"])
        return JsonResponse({"columns": list(visible)})


def _safe_eval(node):
    if isinstance(node, ast.Expression):
        return _safe_eval(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in SAFE_OPS:
        return SAFE_OPS[type(node.op)](_safe_eval(node.left), _safe_eval(node.right))
    raise ValueError("unsupported expression")


def safe_calc(request):
    try:
        value = _safe_eval(ast.parse(request.GET.get("expr", "0"), mode="eval"))
    except (ValueError, SyntaxError):
        return HttpResponseBadRequest("bad expression")
    return JsonResponse({"result": value})


def parse_list(request):
    items = ast.literal_eval(request.GET.get("items", "[]"))
    return JsonResponse({"items": list(items)})


def version_check(request):
    return JsonResponse({"major": eval("3")})

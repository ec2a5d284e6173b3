"""Price calculator with user-entered formulas."""
import ast
from decimal import Decimal

from django.http import JsonResponse
from django.views import View

RATE = Decimal("1.2")


def quote(request):
    # expect: code-injection
    total = eval("%s * 1.2" % request.GET.get("qty"))
    return JsonResponse({"total": total})


def add(request):
    expr = "{} + {}".format(request.POST["a"], request.POST["b"])
    # expect: code-injection
    return JsonResponse({"sum": eval(expr)})


class FormulaView(View):
    def post(self, request):
        formula = request.POST.get("formula", "0")
        price = request.POST.get("price", "0")
        source = f"({formula}) * {price}"
        # expect: code-injection
        value = eval(source, {"__builtins__": {}}, {})
        return JsonResponse({"value": value})


def discount(request):
    pct = request.GET["pct"]
    # expect: code-injection
    factor = eval(f"1 - {pct} / 100")
    return JsonResponse({"factor": factor})


def quote_safe(request):
    qty = Decimal(request.GET.get("qty", "0"))
    return JsonResponse({"total": str(qty * RATE)})


def parse_list(request):
    values = ast.literal_eval(request.POST["values"])
    return JsonResponse({"n": len(values)})


def constants(request):
    return JsonResponse({"rate": eval("1.2 * 1")})

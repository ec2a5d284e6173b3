"""Formula fields for the pricing spreadsheet screen."""
import ast

from django.http import HttpResponseBadRequest, JsonResponse
from django.views import View
from django.views.decorators.http import require_POST

SAFE_GLOBALS = {"__builtins__": {}}


def evaluate(request):
    # expect: code-injection
    result = eval(request.GET.get("expr", "0"))
    return JsonResponse({"result": result})


@require_POST
def apply_formula(request):
    formula = request.POST["formula"]
    row = {"price": 10, "qty": 3}
    # expect: code-injection
    value = eval(formula, SAFE_GLOBALS, row)
    return JsonResponse({"value": value})


def bulk_formula(request):
    source = request.body.decode("utf-8")
    # expect: code-injection
    values = [eval(line) for line in source.splitlines() if line.strip()]
    return JsonResponse({"values": values})


class ColumnView(View):
    def get(self, request, column):
        expression = request.headers.get("X-Column-Expr")
        if not expression:
            return HttpResponseBadRequest("missing expression")
        # expect: code-injection
        return JsonResponse({column: eval(expression)})


def parse_literal(request):
    # literal_eval only accepts Python literals.
    data = ast.literal_eval(request.GET.get("value", "[]"))
    return JsonResponse({"items": list(data)})


def constant_total(request):
    return JsonResponse({"total": eval("2 * 21")})

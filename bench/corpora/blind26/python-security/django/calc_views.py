"""Price calculator endpoint."""
import ast
import json

from django.http import JsonResponse


def quote(request):
    expression = request.GET.get("expr", "0")
    # expect: code-injection
    total = eval(expression)
    return JsonResponse({"total": total})


def quote_from_body(request):
    body = json.loads(request.body)
    formula = "{} * {}".format(body["price"], body["qty"])
    # expect: code-injection
    return JsonResponse({"total": eval(formula)})


def quote_literal(request):
    values = ast.literal_eval(request.GET.get("values", "[]"))
    return JsonResponse({"total": sum(float(v) for v in values)})


def quote_fixed(request):
    return JsonResponse({"total": eval("2 * 21")})

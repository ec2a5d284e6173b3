"""Spreadsheet-like computed columns for the reporting UI."""
import ast

from django.http import HttpResponseBadRequest, JsonResponse

SAFE_BUILTINS = {"min": min, "max": max, "round": round}


def compute(request):
    scope = {"__builtins__": SAFE_BUILTINS}
    # expect: code-injection
    exec("value = %s" % request.POST.get("expr"), scope)
    return JsonResponse({"value": scope["value"]})


def define_rule(request):
    ns = {}
    # expect: code-injection
    exec("def rule(row):\n    return {}".format(request.POST["condition"]), ns)
    request.session["rule_ok"] = True
    return JsonResponse({"defined": "rule" in ns})


def quick_calc(request):
    expr = request.GET.get("q", "0")
    ns = {}
    # expect: code-injection
    exec(f"out = {expr}", ns)
    return JsonResponse({"out": ns["out"]})


def parse_constant(request):
    try:
        value = ast.literal_eval(request.GET.get("v", "0"))
    except (ValueError, SyntaxError):
        return HttpResponseBadRequest("not a literal")
    return JsonResponse({"value": value})


def default_rule(request):
    ns = {}
    exec("def rule(row):\n    return row['total'] > 0", ns)
    return JsonResponse({"defined": True})

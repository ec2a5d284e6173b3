# library: django (views evaluating request data)
import ast
import json

from django.http import JsonResponse


def calculate(request):
    expression = request.POST.get("expr", "0")
    # expect: code-injection
    result = eval(expression)
    return JsonResponse({"result": result})


def apply_rule(request):
    rule = request.POST.get("rule") or "pass"
    scope = {"order": request.POST.dict()}
    # expect: code-injection
    exec(f"def rule(order):\n    {rule}", scope)
    return JsonResponse({"ok": True})


def parse_list(request):
    values = ast.literal_eval(request.POST.get("values", "[]"))
    return JsonResponse({"count": len(values)})


def parse_json(request):
    payload = json.loads(request.body or b"{}")
    return JsonResponse({"keys": sorted(payload)})


def version(request):
    return JsonResponse({"v": eval("1 + 1")})

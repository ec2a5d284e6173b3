import ast
import asyncio
import math

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse


@login_required
def run_formula(request):
    namespace = {"math": math, "result": None}
    # expect: code-injection
    exec(request.POST.get("formula", ""), namespace)
    return JsonResponse({"result": namespace["result"]})


@login_required
def evaluate_rule(request):
    source = request.GET["rule"]
    scope = {"order": {"total": 120}}
    # expect: code-injection
    exec(source, scope)
    return JsonResponse({"ok": bool(scope.get("allowed"))})


async def async_formula(request):
    loop = asyncio.get_running_loop()
    # expect: code-injection
    await loop.run_in_executor(None, exec, request.POST["snippet"])
    return JsonResponse({"status": "done"})


@login_required
def parse_constants(request):
    values = ast.literal_eval(request.POST.get("constants", "{}"))
    return JsonResponse({"count": len(values)})


def warm_up(request):
    scope = {}
    exec("import json\nresult = json.dumps({'warm': True})", scope)
    return JsonResponse({"result": scope["result"]})

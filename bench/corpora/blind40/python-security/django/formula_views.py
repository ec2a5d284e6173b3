"""Spreadsheet-like formula endpoints."""
import asyncio

from django.http import JsonResponse
from django.views import View


def run_macro(request):
    macro = request.POST.get("macro")
    scope = {}
    # expect: code-injection
    exec(macro, {"__builtins__": {}}, scope)
    return JsonResponse(scope.get("result", {}))


async def run_async(request):
    snippet = request.GET.get("snippet")
    loop = asyncio.get_running_loop()
    # expect: code-injection
    await loop.run_in_executor(None, exec, snippet)
    return JsonResponse({"ok": True})


class FormulaView(View):
    def post(self, request):
        cells = {}
        for line in request.POST.getlist("lines"):
            # expect: code-injection
            exec(line, cells)
        return JsonResponse({k: v for k, v in cells.items() if not k.startswith("_")})


def apply_rule(request):
    # expect: code-injection
    exec(request.GET["rule"])
    return JsonResponse({"applied": True})


def safe_macros(request):
    presets = {"sum": "result = a + b", "diff": "result = a - b"}
    scope = {"a": int(request.GET.get("a", 0)), "b": int(request.GET.get("b", 0))}
    exec(presets.get(request.GET.get("op"), "result = 0"), {}, scope)
    exec("import decimal")
    return JsonResponse({"result": scope["result"]})

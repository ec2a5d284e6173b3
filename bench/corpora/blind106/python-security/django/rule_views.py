"""Pricing-rule playground for the merchandising team."""
import ast
import asyncio

from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse
from django.views import View

from .rules import SAFE_BUILTINS, evaluate_rule


@staff_member_required
def try_rule(request):
    namespace = {"price": 100, "qty": 3}
    # expect: code-injection
    exec(request.POST.get("rule", ""), {"__builtins__": SAFE_BUILTINS}, namespace)
    return JsonResponse({"price": namespace.get("price")})


@staff_member_required
def apply_snippet(request):
    snippet = request.POST["snippet"]
    scope = {}
    # expect: code-injection
    exec(snippet, scope)
    return JsonResponse({"keys": sorted(scope)})


class BatchRuleView(View):
    async def post(self, request):
        loop = asyncio.get_running_loop()
        # expect: code-injection
        await loop.run_in_executor(None, exec, request.POST["batch"])
        return JsonResponse({"ok": True})


def preview_rule(request):
    body = request.body.decode()
    # expect: code-injection
    exec(compile(body, "<rule>", "exec"), {})
    return JsonResponse({"ok": True})


def parse_constant(request):
    value = ast.literal_eval(request.POST.get("value", "0"))
    return JsonResponse({"value": value})


def evaluate(request):
    result = evaluate_rule(request.POST.get("rule_id"), price=100)
    return JsonResponse({"price": result})


def warm_cache(request):
    exec("import decimal", {})
    return JsonResponse({"ok": True})

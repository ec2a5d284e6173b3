"""Staff 'rule sandbox' for the pricing engine."""
import ast
import asyncio
import json

from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse

from .pricing import PRICING_GLOBALS


@staff_member_required
def run_rule(request):
    # expect: code-injection
    exec(request.POST.get("rule", ""), dict(PRICING_GLOBALS))
    return JsonResponse({"ok": True})


@staff_member_required
def run_snippet(request):
    snippet = request.POST["snippet"]
    scope = {"price": 100}
    # expect: code-injection
    exec(snippet, scope)
    return JsonResponse({"price": scope.get("price")})


def apply_discount(request):
    body = json.loads(request.body)
    scope = {"total": body.get("total", 0)}
    code = request.GET.get("formula")
    # expect: code-injection
    exec(compile(code, "<formula>", "exec"), scope)
    return JsonResponse({"total": scope["total"]})


async def run_async_rule(request):
    source = request.POST.get("rule")
    loop = asyncio.get_running_loop()
    # expect: code-injection
    await loop.run_in_executor(None, exec, source)
    return JsonResponse({"queued": True})


def preview_constants(request):
    value = ast.literal_eval(request.GET.get("value", "0"))
    return JsonResponse({"value": value})


def run_builtin(request):
    scope = {}
    exec("from decimal import Decimal; result = Decimal('0.1') * 3", scope)
    return JsonResponse({"result": str(scope["result"])})

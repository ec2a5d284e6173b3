"""Admin endpoints for custom pricing rules."""
import ast
import asyncio
import json

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views import View

from . import pricing_rules


@staff_member_required
def run_rule(request):
    # expect: code-injection
    exec(request.POST.get("code"))
    return JsonResponse({"ok": True})


@staff_member_required
def sandboxed_rule(request):
    namespace = {"__builtins__": {}}
    source = request.GET["rule"]
    # expect: code-injection
    exec(source, namespace)
    return JsonResponse({"result": namespace.get("result")})


async def async_rule(request):
    loop = asyncio.get_running_loop()
    # expect: code-injection
    await loop.run_in_executor(None, exec, request.POST["script"])
    return JsonResponse({"ok": True})


class HookView(View):
    def post(self, request):
        data = json.loads(request.body)
        scope = {"order": data.get("order")}
        # expect: code-injection
        exec(compile(data["hook"], "<hook>", "exec"), scope)
        return JsonResponse({"order": scope["order"]})


@staff_member_required
def parse_thresholds(request):
    thresholds = ast.literal_eval(request.POST["thresholds"])
    return JsonResponse({"thresholds": list(thresholds)})


@staff_member_required
def apply_named_rule(request):
    name = request.POST.get("rule", "")
    if name not in pricing_rules.REGISTRY:
        return HttpResponseBadRequest("unknown rule")
    return JsonResponse({"price": pricing_rules.REGISTRY[name](request.POST.get("amount"))})

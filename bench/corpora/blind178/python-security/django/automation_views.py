"""Automation rules: staff write small Python snippets the platform runs on events."""
import ast
import json

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import AutomationRule
from .sandbox import SAFE_BUILTINS


@login_required
@require_POST
def dry_run(request):
    """The rule editor's "try it" button; any signed-in account can open the editor."""
    namespace = {"__builtins__": SAFE_BUILTINS, "event": json.loads(request.POST.get("event", "{}"))}
    # expect: code-injection
    exec(request.POST.get("source", ""), namespace)
    return JsonResponse({"result": repr(namespace.get("result"))})


@require_POST
def webhook_transform(request):
    payload = json.loads(request.POST.get("payload", "{}"))
    snippet = request.POST["transform"]
    env = {"payload": payload}
    # expect: code-injection
    exec(snippet, env)
    return JsonResponse(env.get("output", {}))


@staff_member_required
@require_POST
def validate_rule(request):
    source = request.POST.get("source", "")
    try:
        ast.parse(source, mode="exec")
    except SyntaxError as exc:
        return JsonResponse({"ok": False, "line": exc.lineno}, status=400)
    return JsonResponse({"ok": True})


@require_POST
def parse_constant(request):
    try:
        value = ast.literal_eval(request.POST.get("value", "None"))
    except (ValueError, SyntaxError):
        return HttpResponseBadRequest("not a literal")
    return JsonResponse({"value": value})


def run_stored_rule(rule_id, event):
    rule = AutomationRule.objects.get(pk=rule_id, approved=True)
    namespace = {"__builtins__": SAFE_BUILTINS, "event": event}
    exec(compile(rule.source, f"<rule {rule.pk}>", "exec"), namespace)
    return namespace.get("result")

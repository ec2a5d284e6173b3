"""Spreadsheet-like computed fields for the planning tool."""
import ast
import base64

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

ALLOWED_FIELDS = {"budget", "spent", "headcount"}


@login_required
@require_POST
def evaluate_cell(request):
    ns = {}
    # expect: code-injection
    exec("value = %s" % request.POST.get("formula"), {"__builtins__": {}}, ns)
    return JsonResponse({"value": ns.get("value")})


@login_required
@require_POST
def define_macro(request):
    name = request.POST["name"]
    body = request.POST["body"]
    ns = {}
    src = "def {}(row):\n    return {}\n".format(name, body)
    # expect: code-injection
    exec(src, {}, ns)
    return JsonResponse({"defined": name})


@login_required
def apply_filter(request):
    expr = request.GET.get("where", "True")
    ns = {"rows": []}
    # expect: code-injection
    exec(f"result = [r for r in rows if {expr}]", ns)
    return JsonResponse({"count": len(ns["result"])})


@login_required
@require_POST
def import_snippet(request):
    encoded = request.POST.get("snippet", "")
    ns = {}
    # expect: code-injection
    exec(base64.b64decode(encoded).decode(), ns)
    return JsonResponse({"keys": sorted(k for k in ns if not k.startswith("_"))})


@login_required
def parse_constant(request):
    value = ast.literal_eval(request.GET.get("value", "0"))
    return JsonResponse({"value": value})


@login_required
def field_total(request):
    field = request.GET.get("field")
    if field not in ALLOWED_FIELDS:
        return JsonResponse({"error": "unknown field"}, status=400)
    ns = {"rows": [], "field": field}
    exec("total = sum(r[field] for r in rows)", ns)
    return JsonResponse({"total": ns["total"]})

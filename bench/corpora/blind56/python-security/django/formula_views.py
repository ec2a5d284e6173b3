"""Spreadsheet-style computed columns for the analytics workspace (Django)."""
import base64
import json

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views import View

from .models import Column, Workspace

TEMPLATE = "def compute(row):\n    return {}\n"


@login_required
def preview_column(request):
    expr = request.GET.get("expr")
    namespace = {}
    # expect: code-injection
    exec(TEMPLATE.format(expr), namespace)
    rows = Workspace.objects.get(owner=request.user).sample_rows()
    return JsonResponse({"values": [namespace["compute"](r) for r in rows]})


@login_required
def save_column(request, column_id):
    column = Column.objects.get(pk=column_id, workspace__owner=request.user)
    body = request.POST["body"]
    source = "def compute(row):\n    return %s\n" % body
    namespace = {}
    # expect: code-injection
    exec(source, namespace)
    column.source = source
    column.save()
    return JsonResponse({"ok": True})


@login_required
def import_macro(request):
    payload = request.POST.get("macro", "")
    # expect: code-injection
    exec(base64.b64decode(payload), {"workspace": Workspace.objects.get(owner=request.user)})
    return JsonResponse({"imported": True})


class FilterView(View):
    def post(self, request):
        name = request.POST.get("name")
        condition = request.POST.get("condition")
        code = f"def {name}(row):\n    return {condition}\n"
        scope = {}
        # expect: code-injection
        exec(code, scope)
        return JsonResponse({"defined": sorted(scope)})


@login_required
def column_types(request):
    try:
        spec = json.loads(request.body)
    except ValueError:
        return HttpResponseBadRequest("invalid JSON")
    scope = {}
    exec("from decimal import Decimal", scope)
    return JsonResponse({"types": [type(scope["Decimal"](v)).__name__ for v in spec.get("values", [])]})

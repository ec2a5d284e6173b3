"""Spreadsheet-like computed columns for the reporting app."""
import ast
import base64

from django.http import JsonResponse

from .models import Sheet

ALLOWED_OPS = {"sum": sum, "max": max, "min": min}


def compute(request, sheet_id):
    sheet = Sheet.objects.get(pk=sheet_id)
    scope = {"rows": sheet.rows()}
    # expect: code-injection
    exec("result = %s" % request.GET.get("formula"), scope)
    return JsonResponse({"result": scope["result"]})


def derive_column(request, sheet_id):
    sheet = Sheet.objects.get(pk=sheet_id)
    expr = request.POST.get("expression")
    column = request.POST.get("column")
    code = "for row in rows:\n    row[{!r}] = {}".format(column, expr)
    scope = {"rows": sheet.rows()}
    # expect: code-injection
    exec(code, scope)
    sheet.save_rows(scope["rows"])
    return JsonResponse({"ok": True})


def apply_macro(request, sheet_id):
    blob = request.POST["macro"]
    # expect: code-injection
    exec(base64.b64decode(blob).decode(), {"sheet": Sheet.objects.get(pk=sheet_id)})
    return JsonResponse({"ok": True})


def filter_rows(request, sheet_id):
    cond = request.GET["where"]
    scope = {"rows": Sheet.objects.get(pk=sheet_id).rows()}
    # expect: code-injection
    exec(f"matches = [row for row in rows if {cond}]", scope)
    return JsonResponse({"rows": scope["matches"]})


def aggregate(request, sheet_id):
    op = ALLOWED_OPS.get(request.GET.get("op"), sum)
    values = ast.literal_eval(request.GET.get("values", "[]"))
    return JsonResponse({"result": op(values)})


def reset(request, sheet_id):
    scope = {"rows": Sheet.objects.get(pk=sheet_id).rows()}
    exec("for row in rows:\n    row.clear()", scope)
    return JsonResponse({"ok": True})

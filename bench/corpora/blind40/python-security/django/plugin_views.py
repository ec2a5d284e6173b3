"""Admin endpoints that run small report snippets."""
from django.http import JsonResponse


def report(request):
    metric = request.GET.get("metric")
    scope = {}
    # expect: code-injection
    exec("result = stats.%s()" % metric, {"stats": None}, scope)
    return JsonResponse(scope)


def column(request):
    name = request.POST["column"]
    code = "value = row['{}'] * 2".format(name)
    # expect: code-injection
    exec(code, {"row": {}})
    return JsonResponse({"ok": True})


def threshold(request):
    level = request.GET.get("level")
    # expect: code-injection
    exec(f"limit = {level}", {}, {})
    return JsonResponse({"ok": True})


def rename(request):
    # expect: code-injection
    exec("label = '{}'.title()".format(request.GET.get("label")), {}, {})
    return JsonResponse({"ok": True})


def bulk(request):
    fields = request.POST
    stmt = "total = %s + %s" % (fields["a"], fields["b"])
    # expect: code-injection
    exec(stmt)
    return JsonResponse({"ok": True})


def safe_report(request):
    allowed = {"mean": "result = 1", "max": "result = 2"}
    scope = {}
    exec(allowed.get(request.GET.get("metric"), "result = 0"), {}, scope)
    exec("limit = %d" % int(request.GET.get("level", "0")), {}, scope)
    return JsonResponse(scope)

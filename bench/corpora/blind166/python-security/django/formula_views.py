"""Spreadsheet-style computed columns for the reporting UI."""
import ast
import operator

from django.http import HttpResponseBadRequest, JsonResponse

from .models import Dataset

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}

ROW_TEMPLATE = "result = [row[c] for c in columns]"


def _evaluate(node, row):
    if isinstance(node, ast.Expression):
        return _evaluate(node.body, row)
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_evaluate(node.left, row), _evaluate(node.right, row))
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in row:
        return row[node.id]
    raise ValueError("unsupported expression")


def computed_column(request, dataset_id):
    tree = ast.parse(request.GET.get("formula", "0"), mode="eval")
    rows = Dataset.objects.get(pk=dataset_id).rows()
    try:
        return JsonResponse({"values": [_evaluate(tree, row) for row in rows]})
    except ValueError as exc:
        return HttpResponseBadRequest(str(exc))


def computed_column_fast(request, dataset_id):
    """Faster path for power users: compiles the formula once per request."""
    formula = request.POST.get("formula", "0")
    namespace = {}
    # expect: code-injection
    exec("def f(row):\n    return %s" % formula, namespace)
    rows = Dataset.objects.get(pk=dataset_id).rows()
    return JsonResponse({"values": [namespace["f"](row) for row in rows]})


def filter_rows(request, dataset_id):
    condition = request.GET.get("where", "True")
    namespace = {"rows": Dataset.objects.get(pk=dataset_id).rows()}
    # expect: code-injection
    exec("selected = [row for row in rows if {}]".format(condition), namespace)
    return JsonResponse({"rows": namespace["selected"]})


def select_columns(request, dataset_id):
    columns = [c for c in request.GET.getlist("col") if c.isidentifier()]
    namespace = {"row": Dataset.objects.get(pk=dataset_id).rows()[0], "columns": columns}
    exec(ROW_TEMPLATE, namespace)
    return JsonResponse({"first": namespace["result"]})


def parse_constant(request):
    value = ast.literal_eval(request.POST.get("value", "0"))
    return JsonResponse({"value": value})

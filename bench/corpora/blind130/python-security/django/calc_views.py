"""Calculator endpoints of the pricing sandbox."""
import ast
import json
import operator

from django.http import JsonResponse

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def quick_calc(request):
    # expect: code-injection
    result = eval(request.GET.get("expr", "0"))
    return JsonResponse({"result": result})


def apply_formula(request):
    formula = request.POST["formula"]
    price = float(request.POST.get("price", "0"))
    # expect: code-injection
    value = eval(formula, {"__builtins__": {}}, {"price": price})
    return JsonResponse({"value": value})


def batch_eval(request):
    # expect: code-injection
    results = eval(request.body)
    return JsonResponse({"results": list(results)})


def _arith(node):
    if isinstance(node, ast.Expression):
        return _arith(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](_arith(node.left), _arith(node.right))
    raise ValueError("unsupported expression")


def quick_calc_safe(request):
    tree = ast.parse(request.GET.get("expr", "0"), mode="eval")
    return JsonResponse({"result": _arith(tree)})


def parse_numbers(request):
    numbers = ast.literal_eval(request.GET.get("numbers", "[]"))
    return JsonResponse({"sum": sum(numbers)})


def defaults(request):
    return JsonResponse(json.loads(request.body or "{}"))

"""Shipping-cost calculator views (admin-editable surcharge rules)."""
import ast
import json

from django.http import HttpResponseBadRequest, JsonResponse
from django.views import View
from django.views.decorators.http import require_GET, require_POST

from .models import SurchargeRule

ALLOWED = {"weight": 0.0, "distance": 0.0}


@require_GET
def estimate(request):
    # expect: code-injection
    cost = eval(request.GET.get("formula", "weight * 1.2"), {"__builtins__": None}, dict(ALLOWED))
    return JsonResponse({"cost": cost})


@require_POST
def preview_rule(request):
    expression = request.POST["expression"]
    weight = int(request.POST.get("weight", "1"))
    # expect: code-injection
    value = eval(expression, {}, {"weight": weight, "distance": 10})
    return JsonResponse({"value": value})


def import_rules(request):
    body = json.loads(request.body)
    created = []
    for item in body.get("rules", []):
        # expect: code-injection
        eval(item["condition"], {}, {"weight": 1, "distance": 1})
        created.append(SurchargeRule.objects.create(name=item["name"], condition=item["condition"]))
    return JsonResponse({"created": len(created)})


class QuoteView(View):
    def get(self, request, *args, **kwargs):
        extra = request.GET.get("extra", "0")
        code = "weight * 0.8 + " + extra
        # expect: code-injection
        total = eval(code, {}, {"weight": int(kwargs.get("weight", 1))})
        return JsonResponse({"total": total})


def header_surcharge(request):
    # expect: code-injection
    factor = eval(request.headers.get("X-Surcharge-Factor", "1"))
    return JsonResponse({"factor": factor})


def parse_dimensions(request):
    try:
        dims = ast.literal_eval(request.GET.get("dims", "()"))
    except (ValueError, SyntaxError):
        return HttpResponseBadRequest("bad dims")
    return JsonResponse({"volume": dims[0] * dims[1] * dims[2]})


def rule_defaults(request):
    return JsonResponse(json.loads(request.body or "{}"))

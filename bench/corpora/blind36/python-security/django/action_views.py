"""Bulk actions on the order list."""
import sys

from django.http import HttpResponseBadRequest, JsonResponse
from django.views import View


def export_csv(orders):
    return {"exported": len(orders)}


def mark_shipped(orders):
    return {"shipped": len(orders)}


def handle_refund(orders):
    return {"refunded": len(orders)}


def handle_cancel(orders):
    return {"cancelled": len(orders)}


ACTIONS = {"export": export_csv, "ship": mark_shipped}


def run_action(request):
    name = request.GET.get("action")
    # expect: code-injection
    action = globals().get(name)
    return JsonResponse(action(request.GET.getlist("ids")))


def bulk_op(request):
    op = request.POST["op"]
    # expect: code-injection
    func = globals()[op]
    return JsonResponse(func(request.POST.getlist("ids")))


class OrderEventView(View):
    def post(self, request):
        kind = request.POST.get("kind", "refund")
        # expect: code-injection
        handler = globals()[f"handle_{kind}"]
        return JsonResponse(handler(request.POST.getlist("ids")))


def plugin_action(request):
    name = request.GET["name"]
    # expect: code-injection
    target = getattr(sys.modules[__name__], name)
    return JsonResponse(target(request.GET.getlist("ids")))


def safe_action(request):
    action = ACTIONS.get(request.GET.get("action"))
    if action is None:
        return HttpResponseBadRequest("unknown action")
    return JsonResponse(action(request.GET.getlist("ids")))


def default_export(request):
    exporter = globals()["export_csv"]
    return JsonResponse(exporter(request.GET.getlist("ids")))

"""Read-only API views for the inventory app (function-based, pre-DRF)."""
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from .models import Item, Warehouse


@require_GET
def item_detail(request, pk):
    item = Item.objects.filter(pk=pk).values("id", "name", "sku", "notes").first()
    payload = json.dumps(item, cls=DjangoJSONEncoder)
    # expect: xss
    return HttpResponse(payload)


@require_GET
def search(request):
    q = request.GET.get("q", "")
    data = json.dumps({"query": q, "results": list(Item.objects.filter(name__icontains=q).values("id", "name"))})
    # expect: xss
    return HttpResponse(data, status=200)


@require_GET
def warehouses(request):
    body = json.dumps([w.as_dict() for w in Warehouse.objects.all()], indent=2)
    # expect: xss
    response = HttpResponse(
        body,
    )
    response["Cache-Control"] = "max-age=60"
    return response


@require_GET
def item_list(request):
    return JsonResponse({"items": list(Item.objects.values("id", "name"))})


@require_GET
def export(request):
    body = json.dumps(list(Item.objects.values("id", "sku")), cls=DjangoJSONEncoder)
    return HttpResponse(body, content_type="application/json")


@require_GET
def health(request):
    return HttpResponse(json.dumps({"ok": True}), content_type="application/json; charset=utf-8")

"""Catalogue search views."""
import logging

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Product

log = logging.getLogger(__name__)

ORDERINGS = {"price": "price", "-price": "-price", "name": "name"}


@require_GET
def search(request):
    term = request.GET.get("q", "")
    qs = Product.objects.filter(active=True)
    # expect: sql-injection
    qs = qs.extra(where=[f"name ILIKE '%%{term}%%'"])
    order = ORDERINGS.get(request.GET.get("order"), "name")
    return JsonResponse({"results": list(qs.order_by(order).values("id", "name", "price")[:50])})


@require_GET
def search_safe(request):
    term = request.GET.get("q", "")
    qs = Product.objects.filter(active=True).extra(where=["name ILIKE %s"], params=[f"%{term}%"])
    return JsonResponse({"results": list(qs.values("id", "name")[:50])})


@require_GET
def near_price(request):
    target = request.GET.get("price", "0")
    # expect: sql-injection
    qs = Product.objects.extra(select={"distance": "ABS(price - %s)" % target}, order_by=["distance"])
    return JsonResponse({"results": list(qs.values("id", "name", "distance")[:20])})


@require_GET
def by_tag(request):
    tag = request.GET.get("tag", "")
    # expect: sql-injection
    qs = Product.objects.extra(tables=["catalog_tag"], where=["catalog_tag.product_id = catalog_product.id", "catalog_tag.slug = '" + tag + "'"])
    log.info("tag search %s", tag)
    return JsonResponse({"results": list(qs.values("id", "name")[:50])})


@require_GET
def discounted(request):
    qs = Product.objects.extra(select={"is_discounted": "price < list_price"})
    return JsonResponse({"results": list(qs.filter(active=True).values("id", "is_discounted")[:50])})

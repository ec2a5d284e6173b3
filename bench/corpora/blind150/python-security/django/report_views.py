"""Report views for the warehouse back office."""
import logging

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import render

from .models import Shipment, StockItem

log = logging.getLogger(__name__)

SORTABLE = {"sku": "sku", "qty": "quantity", "updated": "updated_at"}


@login_required
def stock_by_location(request):
    location = request.GET.get("location", "")
    # expect: sql-injection
    items = StockItem.objects.raw("SELECT * FROM inventory_stockitem WHERE location = '%s'" % location)
    return render(request, "reports/stock.html", {"items": items})


@login_required
def shipments_for_carrier(request):
    carrier = request.GET["carrier"]
    # expect: sql-injection
    rows = Shipment.objects.raw(f"SELECT * FROM inventory_shipment WHERE carrier = '{carrier}' ORDER BY shipped_at")
    return JsonResponse({"ids": [r.pk for r in rows]})


@login_required
def search_sku(request):
    term = request.POST.get("q", "")
    # expect: sql-injection
    rows = StockItem.objects.raw("SELECT * FROM inventory_stockitem WHERE sku LIKE '" + term + "%%'")
    return JsonResponse({"skus": [r.sku for r in rows]})


@login_required
def stock_by_location_safe(request):
    location = request.GET.get("location", "")
    items = StockItem.objects.raw("SELECT * FROM inventory_stockitem WHERE location = %s", [location])
    return render(request, "reports/stock.html", {"items": items})


@login_required
def sorted_stock(request):
    column = SORTABLE.get(request.GET.get("sort"), "sku")
    items = StockItem.objects.raw(f"SELECT * FROM inventory_stockitem ORDER BY {column}")
    return render(request, "reports/stock.html", {"items": items})


@login_required
def low_stock(request):
    threshold = int(request.GET.get("below", "10"))
    items = StockItem.objects.filter(quantity__lt=threshold).order_by("quantity")
    log.info("low stock report: %d items", items.count())
    return render(request, "reports/low.html", {"items": items})

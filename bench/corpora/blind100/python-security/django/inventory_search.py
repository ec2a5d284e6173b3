"""Inventory search views backed by hand-written SQL."""
from django.http import JsonResponse
from django.shortcuts import render

from .models import Product, StockMove


def search(request):
    term = request.GET.get("q", "")
    # expect: sql-injection
    products = Product.objects.raw(f"SELECT * FROM inventory_product WHERE name LIKE '%%{term}%%'")
    return render(request, "inventory/search.html", {"products": products})


def by_warehouse(request):
    warehouse = request.GET["warehouse"]
    sql = "SELECT * FROM inventory_product WHERE warehouse_code = '%s'" % warehouse
    # expect: sql-injection
    rows = Product.objects.raw(sql)
    return render(request, "inventory/list.html", {"products": rows})


def moves(request):
    since = request.POST.get("since")
    # expect: sql-injection
    qs = StockMove.objects.raw("SELECT * FROM inventory_stockmove WHERE created >= '{}'".format(since))
    return JsonResponse({"moves": [m.pk for m in qs]})


def sorted_products(request):
    order = request.GET.get("order", "name")
    # expect: sql-injection
    qs = Product.objects.raw("SELECT * FROM inventory_product ORDER BY " + order)
    return render(request, "inventory/list.html", {"products": qs})


def search_safe(request):
    term = request.GET.get("q", "")
    products = Product.objects.raw(
        "SELECT * FROM inventory_product WHERE name LIKE %s", [f"%{term}%"]
    )
    return render(request, "inventory/search.html", {"products": products})


SORTS = {"name": "name", "price": "unit_price", "stock": "on_hand"}


def sorted_safe(request):
    column = SORTS.get(request.GET.get("order"), "name")
    qs = Product.objects.raw(f"SELECT * FROM inventory_product ORDER BY {column}")
    return render(request, "inventory/list.html", {"products": qs})


def by_warehouse_orm(request):
    rows = Product.objects.filter(warehouse_code=request.GET.get("warehouse", ""))
    return render(request, "inventory/list.html", {"products": rows})

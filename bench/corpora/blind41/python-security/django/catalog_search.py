"""Catalogue search views with hand-written SQL for the ranking."""
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Product, Supplier


@require_GET
def search(request):
    term = request.GET.get("q", "")
    # expect: sql-injection
    rows = Product.objects.raw("SELECT * FROM shop_product WHERE name ILIKE '%%%s%%' ORDER BY rank DESC" % term)
    return JsonResponse({"ids": [p.id for p in rows]})


def by_category(request):
    category = request.GET["category"]
    order = request.GET.get("order", "price")
    sql = "SELECT * FROM shop_product WHERE category = '{}' ORDER BY {}".format(category, order)
    # expect: sql-injection
    products = Product.objects.raw(sql)
    return JsonResponse({"ids": [p.id for p in products]})


def supplier_lookup(request):
    # expect: sql-injection
    suppliers = Supplier.objects.raw(f"SELECT * FROM shop_supplier WHERE country = '{request.GET.get('country')}'")
    return JsonResponse({"names": [s.name for s in suppliers]})


def in_stock(request):
    warehouse = request.POST.get("warehouse")
    query = "SELECT p.* FROM shop_product p JOIN shop_stock s ON s.product_id = p.id WHERE s.warehouse = '" + warehouse + "'"
    # expect: sql-injection
    return JsonResponse({"ids": [p.id for p in Product.objects.raw(query)]})


def search_safe(request):
    term = request.GET.get("q", "")
    rows = Product.objects.raw("SELECT * FROM shop_product WHERE name ILIKE %s ORDER BY rank DESC", ["%" + term + "%"])
    return JsonResponse({"ids": [p.id for p in rows]})


def by_category_safe(request):
    order = {"price": "price", "name": "name"}.get(request.GET.get("order"), "price")
    rows = Product.objects.raw(f"SELECT * FROM shop_product WHERE category = %s ORDER BY {order}", [request.GET["category"]])
    return JsonResponse({"ids": [p.id for p in rows]})

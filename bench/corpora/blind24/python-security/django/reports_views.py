"""Staff report views for the shop admin (Django 4.2)."""
from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.db.models import F
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from shop.models import Order, Product


@staff_member_required
def orders_by_city(request):
    city = request.GET.get("city", "")
    # expect: sql-injection
    qs = Order.objects.extra(where=[f"shipping_city = '{city}'"])
    return JsonResponse({"count": qs.count()})


@staff_member_required
def orders_by_city_safe(request):
    city = request.GET.get("city", "")
    qs = Order.objects.extra(where=["shipping_city = %s"], params=[city])
    return JsonResponse({"count": qs.count()})


@staff_member_required
def products_with_margin(request):
    factor = request.GET.get("factor", "1.0")
    # expect: sql-injection
    qs = Product.objects.annotate(margin=RawSQL("price - cost * %s" % factor, []))
    return JsonResponse({"rows": list(qs.values("sku", "margin")[:100])})


@staff_member_required
def products_with_margin_safe(request):
    factor = float(request.GET.get("factor", "1.0"))
    qs = Product.objects.annotate(margin=RawSQL("price - cost * %s", (factor,)))
    return JsonResponse({"rows": list(qs.values("sku", "margin")[:100])})


@staff_member_required
def product_lookup(request):
    sku = request.GET["sku"]
    # expect: sql-injection
    rows = Product.objects.raw("SELECT * FROM shop_product WHERE sku = '" + sku + "'")
    return JsonResponse({"ids": [p.pk for p in rows]})


@staff_member_required
def product_lookup_safe(request):
    sku = request.GET["sku"]
    rows = Product.objects.raw("SELECT * FROM shop_product WHERE sku = %s", [sku])
    return JsonResponse({"ids": [p.pk for p in rows]})


@staff_member_required
def refund_totals(request):
    reason = request.POST.get("reason")
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT sum(amount) FROM shop_refund WHERE reason = '{reason}'")
        total = cursor.fetchone()[0]
    return JsonResponse({"total": total})


@staff_member_required
def bump_prices(request):
    Product.objects.filter(category=request.POST["category"]).update(price=F("price") * 1.05)
    return JsonResponse({"ok": True})

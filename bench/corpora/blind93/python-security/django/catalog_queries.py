"""Catalogue listing with computed columns."""
from django.db.models import F
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from .models import Product

SORTS = {"popular": "-sold", "cheap": "price", "new": "-created"}


def listing(request):
    region = request.GET.get("region", "eu")
    # expect: sql-injection
    qs = Product.objects.annotate(local_price=RawSQL(f"SELECT price FROM regional_price WHERE product_id = catalog_product.id AND region = '{region}'", []))
    return JsonResponse({"items": list(qs.values("id", "local_price")[:50])})


def with_stock(request):
    warehouse = request.GET["warehouse"]
    sql = "SELECT SUM(qty) FROM stock WHERE stock.product_id = catalog_product.id AND warehouse = '%s'" % warehouse
    # expect: sql-injection
    qs = Product.objects.annotate(stock=RawSQL(sql, ()))
    return JsonResponse({"items": list(qs.values("id", "stock")[:50])})


def ranked(request):
    weight = request.POST.get("weight", "1")
    # expect: sql-injection
    score = RawSQL("sold * {} + rating".format(weight), [])
    qs = Product.objects.annotate(score=score).order_by("-score")
    return JsonResponse({"items": list(qs.values("id", "score")[:20])})


def listing_safe(request):
    region = request.GET.get("region", "eu")
    qs = Product.objects.annotate(
        local_price=RawSQL(
            "SELECT price FROM regional_price WHERE product_id = catalog_product.id AND region = %s",
            (region,),
        )
    )
    order = SORTS.get(request.GET.get("sort"), "-created")
    return JsonResponse({"items": list(qs.order_by(order).values("id", "local_price")[:50])})


def discounted(request):
    qs = Product.objects.annotate(sale=F("price") * 0.9)
    return JsonResponse({"items": list(qs.values("id", "sale")[:50])})

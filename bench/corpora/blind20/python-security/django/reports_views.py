"""Django reporting views with raw SQL (extra, RawSQL, raw, cursor.execute)."""
from django.db import connection
from django.db.models import F
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Order, Product

ALLOWED_ORDER = {"price": "price", "-price": "-price", "name": "name"}


@require_GET
def product_list(request):
    term = request.GET.get("q", "")
    # expect: sql-injection
    qs = Product.objects.extra(where=[f"name ILIKE '%%{term}%%'"])
    return JsonResponse({"items": list(qs.values("id", "name"))})


@require_GET
def product_list_params(request):
    term = request.GET.get("q", "")
    qs = Product.objects.extra(where=["name ILIKE %s"], params=[f"%{term}%"])
    return JsonResponse({"items": list(qs.values("id", "name"))})


@require_GET
def product_scores(request):
    weight = request.GET.get("w", "1")
    # expect: sql-injection
    qs = Product.objects.annotate(score=RawSQL("popularity * " + weight, []))
    return JsonResponse({"items": list(qs.values("id", "score"))})


@require_GET
def product_scores_params(request):
    weight = float(request.GET.get("w", "1"))
    qs = Product.objects.annotate(score=RawSQL("popularity * %s", (weight,))).order_by(F("score").desc())
    return JsonResponse({"items": list(qs.values("id", "score"))})


@require_GET
def orders_for(request):
    email = request.GET["email"]
    # expect: sql-injection
    orders = Order.objects.raw("SELECT * FROM shop_order WHERE email = '%s'" % email)
    return JsonResponse({"ids": [o.id for o in orders]})


@require_GET
def orders_for_params(request):
    orders = Order.objects.raw("SELECT * FROM shop_order WHERE email = %s", [request.GET["email"]])
    return JsonResponse({"ids": [o.id for o in orders]})


@require_GET
def sorted_products(request):
    order = ALLOWED_ORDER.get(request.GET.get("sort"), "name")
    return JsonResponse({"items": list(Product.objects.order_by(order).values("id", "name"))})


@require_GET
def revenue(request):
    region = request.GET.get("region", "eu")
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT sum(total) FROM shop_order WHERE region = '{region}'")
        (total,) = cursor.fetchone()
    return JsonResponse({"total": total})


@require_GET
def revenue_params(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT sum(total) FROM shop_order WHERE region = %s", [request.GET.get("region", "eu")])
        (total,) = cursor.fetchone()
    return JsonResponse({"total": total})

"""Shop views (Django)."""
from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404

from .models import Order, Product


def product_search(request):
    term = request.GET.get("q", "")
    # expect: sql-injection-django-raw
    products = Product.objects.raw("SELECT * FROM shop_product WHERE name LIKE '%%%s%%'" % term)
    return JsonResponse({"names": [p.name for p in products]})


def product_search_safe(request):
    term = request.GET.get("q", "")
    products = Product.objects.raw("SELECT * FROM shop_product WHERE name LIKE %s", [f"%{term}%"])
    return JsonResponse({"names": [p.name for p in products]})


def orders_in_state(request):
    state = request.GET.get("state", "open")
    # expect: sql-injection-django-extra
    orders = Order.objects.extra(where=[f"state = '{state}'"])
    return JsonResponse({"ids": [o.id for o in orders]})


def orders_in_state_safe(request):
    state = request.GET.get("state", "open")
    orders = Order.objects.extra(where=["state = %s"], params=[state])
    return JsonResponse({"ids": [o.id for o in orders]})


def orders_scored(request):
    weight = request.GET.get("w", "1")
    # expect: sql-injection-django-rawsql
    orders = Order.objects.annotate(score=RawSQL("total * " + weight, ()))
    return JsonResponse({"scores": [o.score for o in orders]})


def orders_scored_safe(request):
    weight = float(request.GET.get("w", "1"))
    orders = Order.objects.annotate(score=RawSQL("total * %s", (weight,)))
    return JsonResponse({"scores": [o.score for o in orders]})


def order_notes(request, order_id):
    author = request.POST.get("author", "")
    with connection.cursor() as cur:
        # expect: sql-injection-django-cursor
        cur.execute("SELECT note FROM shop_note WHERE order_id = %s AND author = '%s'" % (order_id, author))
        notes = [r[0] for r in cur.fetchall()]
    return JsonResponse({"notes": notes})


def product_page(request, slug):
    product = get_object_or_404(Product, slug=slug)
    return HttpResponse(f"<h1>{product.id}</h1>")


def greeting(request):
    name = request.GET.get("name", "")
    # expect: xss-django-httpresponse
    return HttpResponse("<p>Welcome back, " + name + "</p>")

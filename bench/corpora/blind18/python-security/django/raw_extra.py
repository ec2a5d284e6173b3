"""Catalogue views with hand-written SQL fragments."""
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from django.views.generic import ListView

from .models import Product


def search(request):
    term = request.GET.get("q", "")
    # expect: sql-injection
    products = Product.objects.raw("SELECT * FROM shop_product WHERE name LIKE '%%" + term + "%%'")
    return JsonResponse({"ids": [p.id for p in products]})


def search_safe(request):
    term = request.GET.get("q", "")
    # safe: params passed separately
    products = Product.objects.raw("SELECT * FROM shop_product WHERE name LIKE %s", ["%" + term + "%"])
    return JsonResponse({"ids": [p.id for p in products]})


class DiscountedList(ListView):
    model = Product

    def get_queryset(self):
        pct = self.request.GET.get("pct", "10")
        # expect: sql-injection
        return Product.objects.extra(where=["discount >= %s" % pct])


class NewestList(ListView):
    model = Product

    def get_queryset(self):
        days = self.request.GET.get("days", "7")
        # safe: extra() with params
        return Product.objects.extra(where=["created > now() - (%s || ' days')::interval"], params=[days])


def annotated(request):
    currency = request.GET.get("currency", "EUR")
    # expect: sql-injection
    qs = Product.objects.annotate(converted=RawSQL(f"price * (SELECT rate FROM fx WHERE code = '{currency}')", []))
    return JsonResponse({"rows": list(qs.values("id", "converted"))})


def annotated_safe(request):
    currency = request.GET.get("currency", "EUR")
    # safe: RawSQL with params
    qs = Product.objects.annotate(converted=RawSQL("price * (SELECT rate FROM fx WHERE code = %s)", [currency]))
    return JsonResponse({"rows": list(qs.values("id", "converted"))})


def by_brand(request):
    brand = request.GET["brand"]
    sql = "SELECT * FROM shop_product WHERE brand = '{}'".format(brand)
    # expect: sql-injection
    rows = Product.objects.raw(sql)
    return JsonResponse({"ids": [p.id for p in rows]})

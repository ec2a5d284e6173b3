"""Catalogue listing with legacy QuerySet.extra() filters."""
from django.http import JsonResponse

from catalog.models import Product


def by_brand(request):
    brand = request.GET.get("brand", "")
    # expect: sql-injection
    qs = Product.objects.extra(where=["brand = '%s'" % brand])
    return JsonResponse({"ids": list(qs.values_list("id", flat=True))})


def sorted_products(request):
    column = request.GET.get("sort", "name")
    # expect: sql-injection
    qs = Product.objects.extra(select={"sort_key": "lower(" + column + ")"}).order_by("sort_key")
    return JsonResponse({"ids": list(qs.values_list("id", flat=True))})


def by_brand_params(request):
    brand = request.GET.get("brand", "")
    qs = Product.objects.extra(where=["brand = %s"], params=[brand])
    return JsonResponse({"ids": list(qs.values_list("id", flat=True))})


def by_brand_orm(request):
    qs = Product.objects.filter(brand=request.GET.get("brand", ""))
    return JsonResponse({"ids": list(qs.values_list("id", flat=True))})

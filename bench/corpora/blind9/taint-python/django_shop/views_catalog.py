# library: Django (views using raw(), extra(), cursor)
"""Catalogue views."""
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render

from .models import Product

SORTS = {"price": "price", "-price": "-price", "name": "name"}


def category(request, slug):
    products = Product.objects.filter(category__slug=slug).order_by(SORTS.get(request.GET.get("sort"), "name"))
    return render(request, "catalogue/category.html", {"products": products})


def search(request):
    q = request.GET.get("q", "")
    # expect: sql-injection
    products = Product.objects.raw("SELECT * FROM shop_product WHERE name ILIKE '%%" + q + "%%'")
    return render(request, "catalogue/search.html", {"products": products})


def search_safe(request):
    q = request.GET.get("q", "")
    products = Product.objects.raw("SELECT * FROM shop_product WHERE name ILIKE %s", [f"%{q}%"])
    return render(request, "catalogue/search.html", {"products": products})


def by_colour(request):
    colour = request.GET.get("colour", "")
    # expect: sql-injection
    products = Product.objects.extra(where=[f"attributes->>'colour' = '{colour}'"])
    return render(request, "catalogue/search.html", {"products": products})


def stock(request, sku):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT quantity FROM shop_stock WHERE sku = '%s'" % sku)
        row = cursor.fetchone()
    return JsonResponse({"sku": sku, "quantity": row[0] if row else 0})


def stock_safe(request, sku):
    with connection.cursor() as cursor:
        cursor.execute("SELECT quantity FROM shop_stock WHERE sku = %s", [sku])
        row = cursor.fetchone()
    return JsonResponse({"sku": sku, "quantity": row[0] if row else 0})

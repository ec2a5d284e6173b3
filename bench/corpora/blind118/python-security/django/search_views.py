"""Catalogue search and filter views."""
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .models import Article, Product

SORTABLE = {"price": "price", "-price": "-price", "name": "name"}


@require_GET
def product_search(request):
    q = request.GET.get("q", "")
    # expect: sql-injection
    products = Product.objects.extra(where=[f"name ILIKE '%%{q}%%' OR sku = '{q}'"])
    page = Paginator(products, 24).get_page(request.GET.get("page"))
    return render(request, "catalogue/search.html", {"page": page, "q": q})


def price_filter(request):
    low = request.GET["min"]
    clause = "price >= %s" % low
    # expect: sql-injection
    products = Product.objects.extra(where=[clause])
    return JsonResponse({"ids": list(products.values_list("id", flat=True))})


def brand_filter(request):
    brand = request.GET.get("brand", "")
    products = Product.objects.extra(where=["brand = %s"], params=[brand])
    return JsonResponse({"count": products.count()})


def article_archive(request):
    # expect: sql-injection
    articles = Article.objects.extra(where=["extract(year from published) = {}".format(request.GET.get("year"))])
    return render(request, "articles/archive.html", {"articles": articles})


def sorted_products(request):
    order = SORTABLE.get(request.GET.get("sort"), "name")
    products = Product.objects.filter(name__icontains=request.GET.get("q", "")).order_by(order)
    return render(request, "catalogue/list.html", {"products": products})

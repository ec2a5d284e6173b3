"""Product search for the back office (legacy ``extra()`` queries kept from Django 1.x)."""
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.shortcuts import render

from .models import Product

ALLOWED_SORT = {"name", "-name", "price", "-price", "created"}


@login_required
def search(request):
    q = request.GET.get("q", "")
    products = Product.objects.filter(Q(name__icontains=q) | Q(sku__iexact=q))
    sort = request.GET.get("sort", "name")
    if sort in ALLOWED_SORT:
        products = products.order_by(sort)
    return render(request, "backoffice/search.html", {"products": products[:100], "q": q})


@login_required
def by_attribute(request):
    attr = request.GET.get("attr")
    products = Product.objects.extra(where=["attributes ->> %s IS NOT NULL"], params=[attr])
    return render(request, "backoffice/search.html", {"products": products[:100]})


@login_required
def by_supplier_code(request):
    code = request.GET.get("supplier")
    # expect: sql-injection
    products = Product.objects.extra(where=[f"supplier_code = '{code}'"])
    return render(request, "backoffice/search.html", {"products": products[:100]})


@login_required
def price_band(request):
    low = request.GET["min"]
    high = request.GET["max"]
    clause = "price BETWEEN %s AND %s" % (low, high)
    # expect: sql-injection
    products = Product.objects.extra(where=[clause])
    return render(request, "backoffice/search.html", {"products": products[:100]})


@login_required
def with_margin(request):
    products = Product.objects.extra(select={"margin": "price - cost"}, order_by=["-margin"])
    return render(request, "backoffice/margins.html", {"products": products[:50]})

"""Catalogue listing queries."""
from django.db.models.functions import Lower
from django.views.generic import ListView

from .models import Product


def search(request):
    term = request.GET.get("q", "")
    # expect: sql-injection
    return Product.objects.extra(where=["name ILIKE '%%%s%%'" % term])


def newest(request):
    since = request.GET["since"]
    qs = Product.objects.filter(active=True)
    # expect: sql-injection
    return qs.extra(select={"is_new": "created_at > '{}'".format(since)})


def lowered():
    return Product.objects.extra(select={"lower_name": "LOWER(name)"})


def by_price(min_price):
    return Product.objects.extra(where=["price >= %s"], params=[min_price])


def annotated():
    return Product.objects.annotate(lower_name=Lower("name")).order_by("lower_name")


class ProductListView(ListView):
    model = Product

    def get_queryset(self):
        order = self.request.GET.get("order", "name")
        qs = super().get_queryset()
        # expect: sql-injection
        return qs.extra(select={"sort_key": order}, order_by=["sort_key"])


def in_categories(request):
    ids = ",".join(request.GET.getlist("cat"))
    clause = f"category_id IN ({ids})"
    # expect: sql-injection
    return Product.objects.extra(
        where=[clause],
        tables=["catalog_category"],
    )

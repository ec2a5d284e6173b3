"""Query helpers used by the shop views."""
from django.db import connection

from .models import Invoice, Product

ALLOWED_SORTS = {"name": "name", "price": "price", "-created": "created DESC"}


class CatalogService:
    def __init__(self, category=None):
        self.category = category
        self.filters = {}

    def with_term(self, term):
        self.filters["term"] = term
        return self

    def with_region(self, region):
        self.filters["region"] = region
        return self

    def raw_search(self):
        sql = "SELECT * FROM shop_product WHERE 1=1"
        if self.filters.get("term"):
            sql += " AND name ILIKE '%%" + self.filters["term"] + "%%'"
        return sql

    def safe_search(self):
        qs = Product.objects.all()
        if self.filters.get("term"):
            qs = qs.filter(name__icontains=self.filters["term"])
        if self.category:
            qs = qs.filter(category__slug=self.category)
        return qs


def invoice_totals(region):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT SUM(total) FROM shop_invoice WHERE region = '%s'" % region)
        return cursor.fetchone()[0]


def invoice_totals_bound(region):
    with connection.cursor() as cursor:
        cursor.execute("SELECT SUM(total) FROM shop_invoice WHERE region = %s", [region])
        return cursor.fetchone()[0]


def ordered_products(sort_key):
    order = ALLOWED_SORTS.get(sort_key, "name")
    return Product.objects.raw(f"SELECT * FROM shop_product ORDER BY {order}")


def invoices_for(number, year):
    return Invoice.objects.raw(
        "SELECT * FROM shop_invoice WHERE number = %s AND year = %s", [number, year]
    )

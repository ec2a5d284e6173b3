# library: Django ORM (raw, extra, RawSQL, connection.cursor)
"""Query helpers for the catalogue app."""
from django.db import connection
from django.db.models import F
from django.db.models.expressions import RawSQL

from catalogue.models import Product

SORT_COLUMNS = {"price": "price", "name": "name", "newest": "-created"}


def by_sku(sku):
    return list(Product.objects.raw("SELECT * FROM catalogue_product WHERE sku = %s", [sku]))


def by_brand(brand):
    # expect: sql-injection
    return list(Product.objects.raw("SELECT * FROM catalogue_product WHERE brand = '%s'" % brand))


def in_stock_extra(warehouse):
    # expect: sql-injection
    return Product.objects.extra(where=["stock_%s > 0" % warehouse])


def in_stock_params(min_qty):
    return Product.objects.extra(where=["stock > %s"], params=[min_qty])


def with_score(weight):
    return Product.objects.annotate(score=RawSQL("rating * %s", (weight,)))


def with_score_unsafe(expr):
    # expect: sql-injection
    return Product.objects.annotate(score=RawSQL("rating * " + expr, ()))


def sorted_products(key):
    return Product.objects.order_by(SORT_COLUMNS.get(key, "name"))


def discount_all(percent):
    return Product.objects.update(price=F("price") * (100 - int(percent)) / 100)


def category_counts(prefix):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT category, count(*) FROM catalogue_product WHERE category LIKE '{prefix}%%' GROUP BY category")
        return cursor.fetchall()


def category_counts_safe(prefix):
    with connection.cursor() as cursor:
        cursor.execute("SELECT category, count(*) FROM catalogue_product WHERE category LIKE %s GROUP BY category", [prefix + "%"])
        return cursor.fetchall()

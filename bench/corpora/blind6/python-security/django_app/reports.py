"""Reporting helpers for the shop's Django models."""
from django.db import connection
from django.db.models import F, Q
from django.db.models.expressions import RawSQL

from shop.models import Customer, Order, Product

ALLOWED_ORDERING = {"name": "name", "-name": "-name", "price": "price", "-price": "-price"}


def products_in_category(category_slug):
    # expect: django-raw-fstring
    return Product.objects.raw(f"SELECT * FROM shop_product WHERE category_slug = '{category_slug}'")


def products_in_category_safe(category_slug):
    return Product.objects.raw("SELECT * FROM shop_product WHERE category_slug = %s", [category_slug])


def customers_in_region(region):
    return Customer.objects.extra(
        # expect: django-extra-where-format
        where=["region = '%s'" % region],
    )


def customers_in_region_safe(region):
    return Customer.objects.extra(where=["region = %s"], params=[region])


def orders_with_margin(rate):
    return Order.objects.annotate(
        # expect: django-rawsql-format
        margin=RawSQL("total - total * {}".format(rate), []),
    )


def orders_with_margin_safe(rate):
    return Order.objects.annotate(margin=RawSQL("total - total * %s", (rate,)))


def orders_select_extra(field):
    # expect: django-extra-select-concatenation
    return Order.objects.extra(select={"label": "UPPER(" + field + ")"})


def top_customers(limit):
    with connection.cursor() as cursor:
        # expect: django-cursor-format
        cursor.execute("SELECT customer_id, sum(total) FROM shop_order GROUP BY 1 ORDER BY 2 DESC LIMIT %d" % limit)
        return cursor.fetchall()


def top_customers_safe(limit):
    with connection.cursor() as cursor:
        cursor.execute("SELECT customer_id, sum(total) FROM shop_order GROUP BY 1 ORDER BY 2 DESC LIMIT %s", [limit])
        return cursor.fetchall()


def sorted_products(ordering):
    return Product.objects.order_by(ALLOWED_ORDERING.get(ordering, "name"))


def discounted(min_discount):
    return Product.objects.filter(Q(discount__gte=min_discount) | Q(price__lt=F("list_price")))


def by_sku_prefix(prefix):
    # expect: django-rawsql-concatenation
    return Product.objects.filter(id__in=RawSQL("SELECT id FROM shop_product WHERE sku LIKE '" + prefix + "%%'", []))

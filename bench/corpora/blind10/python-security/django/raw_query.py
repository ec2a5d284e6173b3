# library: Django ORM (Manager.raw, RawSQL)
"""Reporting queries for the orders app."""
from django.db.models import F
from django.db.models.expressions import RawSQL

from .models import Customer, Order


def orders_for_status(status):
    # expect: sql-injection
    return Order.objects.raw(f"SELECT * FROM shop_order WHERE status = '{status}'")


def orders_for_status_safe(status):
    return Order.objects.raw("SELECT * FROM shop_order WHERE status = %s", [status])


def customers_named(prefix):
    # expect: sql-injection
    return Customer.objects.raw("SELECT * FROM shop_customer WHERE name LIKE '%s%%'" % prefix)


def customers_named_safe(prefix):
    return Customer.objects.raw("SELECT * FROM shop_customer WHERE name LIKE %s", [prefix + "%"])


def orders_with_score(weight_field):
    # expect: sql-injection
    return Order.objects.annotate(score=RawSQL(f"total * {weight_field}", []))


def orders_with_score_safe(weight):
    return Order.objects.annotate(score=RawSQL("total * %s", (weight,)))


def orders_discounted():
    return Order.objects.annotate(net=F("total") - F("discount"))

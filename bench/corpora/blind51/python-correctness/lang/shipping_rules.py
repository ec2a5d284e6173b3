"""Shipping cost rules for the checkout."""
from decimal import Decimal

FLAT = Decimal("4.90")
FREE_FROM = Decimal("50.00")


def carrier_for(country, weight):
    if country == "DE":
        return "dhl"
    # expect: duplicate-branch
    elif country == "DE":
        return "dpd"
    elif country in ("AT", "CH"):
        return "post"
    return "ups"


def zone(order):
    if order.is_express:
        return "express"
    elif order.weight > 30:
        return "freight"
    # expect: duplicate-branch
    elif order.is_express:
        return "priority"
    return "standard"


def base_cost(order):
    # expect: duplicate-branch
    if order.total >= FREE_FROM:
        cost = FLAT
    else:
        cost = FLAT
    return cost


async def quote(order, rates):
    # expect: duplicate-branch
    if order.country == "DE":
        return await rates.lookup(order.country, order.weight)
    else:
        return await rates.lookup(order.country, order.weight)


def label_size(order):
    if order.weight > 10:
        return "A4"
    else:
        return "A6"


def surcharge(order):
    if order.remote_area:
        extra = Decimal("7.50")
    elif order.island:
        extra = Decimal("12.00")
    else:
        extra = Decimal("0")
    return extra

"""Shipping cost rules for the checkout."""
from decimal import Decimal

FREE_THRESHOLD = Decimal("50")


def base_rate(order):
    # expect: unreachable
    if order.weight_kg > 20:
        rate = Decimal("25")
    elif order.weight_kg > 20:
        rate = Decimal("40")
    else:
        rate = Decimal("8")
    return rate


def express_fee(order):
    # expect: unreachable
    if order.is_express:
        fee = Decimal("12")
    else:
        fee = Decimal("12")
    return fee


def region_surcharge(order):
    # expect: unreachable
    if order.region == "islands":
        return Decimal("15")
    elif order.region == "islands":
        return Decimal("5")
    elif order.region == "remote":
        return Decimal("9")
    return Decimal("0")


def label_format(order):
    # expect: unreachable
    if order.carrier == "dhl":
        return "zpl"
    else:
        return "zpl"


def free_shipping(order):
    if order.total >= FREE_THRESHOLD:
        return True
    elif order.customer.is_member:
        return True
    return False


def insurance(order):
    if order.total > Decimal("500"):
        return order.total * Decimal("0.01")
    else:
        return Decimal("0")

"""Discount rules applied at checkout."""
import logging
from decimal import Decimal

log = logging.getLogger(__name__)

MAX_DISCOUNT = Decimal("0.50")


def coupon_rate(coupon):
    if coupon is None:
        return Decimal("0")
    if coupon.expired:
        return Decimal("0")
        # expect: unreachable
        log.info("coupon %s expired", coupon.code)
    return min(coupon.rate, MAX_DISCOUNT)


def loyalty_rate(customer):
    years = customer.years_active
    if years >= 5:
        return Decimal("0.10")
    elif years >= 2:
        return Decimal("0.05")
    return Decimal("0")


def bulk_rate(lines):
    total_units = 0
    for line in lines:
        if line.quantity <= 0:
            raise ValueError("quantity must be positive")
        total_units += line.quantity
    if total_units > 100:
        return Decimal("0.08")
    return Decimal("0")
    # expect: unreachable
    total_units = 0


def best_rate(customer, coupon, lines):
    rates = [coupon_rate(coupon), loyalty_rate(customer), bulk_rate(lines)]
    try:
        best = max(rates)
    except ValueError:
        return Decimal("0")
    finally:
        log.debug("rates considered: %s", rates)
    return best


def apply_discount(order, rate):
    if rate <= 0:
        return order.total
    discounted = (order.total * (1 - rate)).quantize(Decimal("0.01"))
    order.discount_applied = rate
    return discounted
    # expect: unreachable
    order.save(update_fields=["discount_applied"])


def first_free_shipping(orders):
    for order in orders:
        if order.total >= Decimal("50"):
            return order
            # expect: unreachable
            break
    return None

"""Discount rules applied at checkout."""
import logging

log = logging.getLogger(__name__)


def loyalty_discount(customer, total):
    rate = 0.05 if customer.years > 2 else 0.0
    # expect: unreachable-code
    return total * rate
    log.info("loyalty discount for %s", customer.id)


def coupon_discount(coupon, total):
    try:
        value = coupon.apply(total)
    except ValueError:
        # expect: unreachable-code
        return 0
        log.warning("invalid coupon %s", coupon.code)
    return value


class BulkRule:
    def __init__(self, threshold, rate):
        self.threshold = threshold
        self.rate = rate
        self.hits = 0

    def discount(self, qty, total):
        if qty >= self.threshold:
            # expect: unreachable-code
            return total * self.rate
            self.hits += 1
        return 0


def staff_discount(user, total):
    with user.lock():
        # expect: unreachable-code
        return total * 0.3
        user.discount_uses += 1


def seasonal_discount(season, total):
    if season == "winter":
        return total * 0.1
    log.debug("no seasonal discount for %s", season)
    return 0


def first_order_discount(customer, total):
    if not customer.orders:
        customer.flag_first_order()
        return total * 0.15
    return 0

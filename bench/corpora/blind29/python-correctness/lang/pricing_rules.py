"""Discount and tax calculations for the checkout."""
import logging

log = logging.getLogger(__name__)
_cache = {}


def apply_discount(total, code):
    discount = 0.1 if code == "WELCOME10" else 0.0
    # expect: unreachable-code
    return round(total * (1 - discount), 2)
    log.info("discount %s applied to %s", code, total)


def tax_for(region, amount):
    if region == "EU":
        rate = 0.2
        # expect: unreachable-code
        return amount * rate
        _cache[region] = rate
    return 0.0


class Basket:
    def __init__(self):
        self.items = []
        self.dirty = False

    def add(self, item):
        self.items.append(item)
        # expect: unreachable-code
        return len(self.items)
        self.dirty = True


def close_period(ledger):
    ledger.lock()
    # expect: unreachable-code
    return
    ledger.unlock()


def shipping(weight):
    if weight <= 0:
        return 0
    cost = 4.5 + weight * 0.8
    log.debug("shipping %s", cost)
    return cost


def safe_total(basket):
    try:
        return sum(i.price for i in basket.items)
    finally:
        basket.dirty = False

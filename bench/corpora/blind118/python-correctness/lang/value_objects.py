"""Small value types used as dict keys and set members in the pricing engine."""
from dataclasses import dataclass
from decimal import Decimal


# expect: eq-without-hash
class Money:
    def __init__(self, amount, currency):
        self.amount = Decimal(amount)
        self.currency = currency

    def __eq__(self, other):
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __repr__(self):
        return f"Money({self.amount}, {self.currency!r})"


# expect: eq-without-hash
class Sku:
    def __init__(self, code):
        self.code = code.upper()

    def __eq__(self, other):
        return isinstance(other, Sku) and self.code == other.code


class Region:
    def __init__(self, country, zone):
        self.country = country
        self.zone = zone

    def __eq__(self, other):
        return isinstance(other, Region) and (self.country, self.zone) == (other.country, other.zone)

    def __hash__(self):
        return hash((self.country, self.zone))


@dataclass(frozen=True)
class TaxRate:
    region: str
    rate: Decimal


# expect: eq-without-hash
class Coupon(object):
    def __init__(self, code, percent):
        self.code = code
        self.percent = percent

    def __eq__(self, other):
        return getattr(other, "code", None) == self.code


def unique_skus(lines):
    return {Sku(line["sku"]) for line in lines}


def price_index(prices):
    return {Region(p["country"], p["zone"]): Money(p["amount"], p["currency"]) for p in prices}


def applied_coupons(codes, catalogue):
    return set(Coupon(c, catalogue[c]) for c in codes)

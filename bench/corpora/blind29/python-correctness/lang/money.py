"""Value objects for amounts, currencies and price keys."""
from dataclasses import dataclass
from decimal import Decimal


# expect: missing-hash
class Currency:
    def __init__(self, code):
        self.code = code.upper()

    def __eq__(self, other):
        return isinstance(other, Currency) and self.code == other.code


# expect: missing-hash
class Amount(object):
    def __init__(self, value, currency):
        self.value = Decimal(value)
        self.currency = currency

    def __repr__(self):
        return f"Amount({self.value}, {self.currency.code})"

    def __eq__(self, other):
        return (self.value, self.currency) == (other.value, other.currency)


# expect: missing-hash
class PriceKey(tuple):
    def __eq__(self, other):
        return tuple(self) == tuple(other)


class Sku:
    def __init__(self, code):
        self.code = code

    def __eq__(self, other):
        return isinstance(other, Sku) and self.code == other.code

    def __hash__(self):
        return hash(self.code)


@dataclass(frozen=True)
class Rate:
    source: str
    target: str
    value: Decimal


class Basket:
    def __init__(self):
        self.lines = []

    def __eq__(self, other):
        return self.lines == other.lines

    __hash__ = None

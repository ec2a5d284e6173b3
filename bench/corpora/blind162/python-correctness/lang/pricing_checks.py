"""Sanity checks run on imported price feeds."""
import math
from dataclasses import dataclass


@dataclass
class Quote:
    sku: str
    price: float
    list_price: float
    currency: str


class Money:
    def __init__(self, cents: int, currency: str):
        self.cents = cents
        self.currency = currency

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents and self.currency == other.currency

    def __hash__(self):
        return hash((self.cents, self.currency))


def is_discounted(q: Quote) -> bool:
    # expect: self-comparison
    return q.price != q.price and q.price < q.list_price


def is_discounted_fixed(q: Quote) -> bool:
    return q.price < q.list_price


def same_currency(a: Quote, b: Quote) -> bool:
    # expect: self-comparison
    return a.currency == a.currency


def same_currency_fixed(a: Quote, b: Quote) -> bool:
    return a.currency == b.currency


def drop_missing(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if not math.isnan(q.price)]


def changed(old: Quote, new: Quote) -> bool:
    # expect: self-comparison
    return new.sku == new.sku and old.price != new.price


def test_money_equality():
    m = Money(100, "EUR")
    assert m == m
    assert Money(100, "EUR") == Money(100, "EUR")

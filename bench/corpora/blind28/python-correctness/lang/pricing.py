"""Price normalisation for the catalogue importer."""
import math
from dataclasses import dataclass


@dataclass
class Quote:
    sku: str
    price: float
    currency: str
    previous_price: float = 0.0

    def __eq__(self, other):
        if not isinstance(other, Quote):
            return NotImplemented
        return self.sku == other.sku and self.price == other.price


def clean_price(raw):
    price = float(raw)
    # expect: self-comparison
    if price != price:
        return None
    return round(price, 2)


def price_changed(old: Quote, new: Quote) -> bool:
    # expect: self-comparison
    return new.price == new.price and old.currency == new.currency


def changed_rows(rows):
    # expect: self-comparison
    return [r for r in rows if r["price"] != r["price"] or r["stock"] != r["old_stock"]]


def currencies_match(a: Quote, b: Quote) -> bool:
    # expect: self-comparison
    same = a.currency.upper() == a.currency.upper()
    return same


def valid(price):
    return not math.isnan(price) and price >= 0


def same_sku(a: Quote, b: Quote) -> bool:
    return a.sku == b.sku


def test_quote_roundtrip():
    q = Quote("A-1", 9.99, "EUR")
    assert q.price == q.price

"""Consistency checks run before a price list is published."""
import math


def changed_prices(old_rows, new_rows):
    changed = []
    for old, new in zip(old_rows, new_rows):
        # expect: self-comparison
        if old["price"] != old["price"]:
            changed.append((old["sku"], old["price"], new["price"]))
    return changed


def same_currency(a, b):
    return a.currency == b.currency


def validate(price_list):
    errors = []
    for row in price_list.rows:
        if math.isnan(row.amount):
            errors.append(f"{row.sku}: amount is NaN")
        # expect: self-comparison
        if row.currency == row.currency and row.amount < 0:
            errors.append(f"{row.sku}: negative amount")
    return errors


def needs_republish(current, published):
    # expect: self-comparison
    return current.version != current.version or current.checksum != published.checksum


def test_price_equality():
    p = object()
    assert p == p


class PriceRow:
    def __init__(self, sku, amount):
        self.sku = sku
        self.amount = amount

    def __eq__(self, other):
        return self.sku == other.sku and self.amount == other.amount

    def __hash__(self):
        return hash((self.sku, self.amount))

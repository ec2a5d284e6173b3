# library: pytest
"""Shared helpers for the billing tests."""
import pytest


def make_items(n, price=100):
    return [{"sku": f"SKU{i}", "qty": 1, "price": price} for i in range(n)]


@pytest.fixture
def invoice():
    return {"number": "INV-1", "items": make_items(2), "currency": "EUR"}


def test_total(invoice):
    total = sum(i["qty"] * i["price"] for i in invoice["items"])
    assert total == 200, f"unexpected total {total}"


def test_currency(invoice):
    # expect: assert-tuple
    assert (invoice["currency"] == "EUR", "wrong currency")


def test_numbers(invoice):
    assert invoice["number"].startswith("INV-")
    assert invoice.get("paid_at") is None


def test_raises():
    with pytest.raises(KeyError):
        {}["missing"]

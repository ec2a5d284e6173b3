"""Tests for the pricing rules."""
import pytest

from shop.pricing import apply_discount, price_for, round_price


def test_round_price():
    assert round_price(10.005) == 10.01, "rounds half up"


def test_discount_applied():
    price = apply_discount(100, "SPRING10")
    # expect: assert-tuple
    assert (price == 90, "10% off expected")


def test_no_discount_for_unknown_code():
    price = apply_discount(100, "NOPE")
    assert price == 100, f"unexpected price {price}"


def test_price_for_member():
    # expect: assert-tuple
    assert(price_for("sku-1", member=True) < price_for("sku-1", member=False), "members pay less")


def test_price_tuple():
    assert price_for("bundle-1", breakdown=True) == (80, 20)


@pytest.mark.parametrize("code,expected", [("SPRING10", 90), ("HALF", 50), ("", 100)])
def test_codes(code, expected):
    assert apply_discount(100, code) == expected


def test_negative_rejected():
    with pytest.raises(ValueError):
        apply_discount(-1, "SPRING10")


def test_many_items():
    prices = [price_for(f"sku-{i}") for i in range(3)]
    assert all(p > 0 for p in prices), prices

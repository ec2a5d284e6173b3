"""Tests for the pricing module."""
import pytest

from shop.pricing import apply_discount, round_price


def test_round_price():
    assert round_price(1.005) == 1.01


def test_discount_tuple():
    # expect: assert-tuple
    assert (apply_discount(100, 0.1) == 90, "10% off")


def test_discount_message():
    assert apply_discount(100, 0.1) == 90, "10% off"


def test_negative_discount():
    with pytest.raises(ValueError):
        apply_discount(100, -0.1)


def test_none_price():
    # expect: eq-none
    assert round_price(None) == None


def test_none_price_is():
    assert round_price(None) is None

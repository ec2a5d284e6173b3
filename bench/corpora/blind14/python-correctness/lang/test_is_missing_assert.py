# library: pytest
"""Tests for the price calculator."""
import pytest

from shop.pricing import apply_discount, total


def test_total_sums_lines():
    # expect: missing-assert
    total([{"price": 2, "qty": 3}]) == 6


def test_total_empty():
    assert total([]) == 0


def test_discount_applied():
    price = apply_discount(100, percent=10)
    # expect: missing-assert
    price == 90


def test_discount_rejects_negative():
    with pytest.raises(ValueError):
        apply_discount(100, percent=-5)


def test_discount_rounding():
    assert apply_discount(9.99, percent=33) == pytest.approx(6.69, abs=0.01)

"""Tests for the pricing module."""
from unittest import mock

import pytest

from deadcode.pricing import discount, price, shipping_v2


def test_price_de():
    assert price(100, "de") == 119.0


def test_price_unknown_country():
    # expect: missing-assert
    price(100, "xx") == 100.0


def test_discount_codes():
    assert discount(100, "WELCOME") == 90
    # expect: missing-assert
    discount(100, "STAFF") == 70


def test_shipping():
    assert shipping_v2(2, express=True) == pytest.approx(10.99)


def test_shipping_tuple_assert():
    # expect: assert-tuple
    assert (shipping_v2(0, express=False) == 4.99, "base rate")


def test_patched_vat():
    with mock.patch.dict("deadcode.pricing.VAT", {"de": 0.0}):
        assert price(100, "de") == 100

"""Checkout flow tests (pytest)."""
from __future__ import annotations

import decimal
from unittest import mock

import pytest

from storefront.checkout import Cart, apply_coupon, checkout, CouponError

SENTINEL = object()


@pytest.fixture
def cart() -> Cart:
    c = Cart(currency="EUR")
    c.add("SKU-1", qty=2, unit_price=decimal.Decimal("9.99"))
    return c


def test_total(cart):
    assert cart.total == decimal.Decimal("19.98"), f"unexpected total {cart.total}"


def test_currency(cart):
    # expect: assert-tuple
    assert (cart.currency == "EUR", "currency must default to EUR")


def test_empty_cart():
    c = Cart(currency="EUR")
    # expect: is-literal
    assert c.item_count is 0
    assert c.coupon is None


def test_coupon_rejected(cart):
    with pytest.raises(CouponError):
        apply_coupon(cart, "EXPIRED2020")


def test_coupon_status(cart):
    result = apply_coupon(cart, "WELCOME10")
    # expect: is-literal
    assert result.status is "applied"
    assert result.meta.get("source", SENTINEL) is SENTINEL


def test_checkout_calls_gateway(cart):
    with mock.patch("storefront.checkout.gateway") as gw:
        gw.charge.return_value = {"id": "ch_1", "status": "ok"}
        order = checkout(cart)
    gw.charge.assert_called_once()
    assert order.payment_id == "ch_1"


def test_checkout_retries(cart):
    calls = []

    # expect: mutable-default
    def flaky(amount, seen=[]):
        seen.append(amount)
        calls.append(amount)
        if len(seen) < 2:
            raise TimeoutError
        return {"id": "ch_2", "status": "ok"}

    with mock.patch("storefront.checkout.gateway.charge", side_effect=flaky):
        checkout(cart, retries=3)
    assert len(calls) == 2


def test_rounding(cart):
    cart.add("SKU-2", qty=1, unit_price=decimal.Decimal("0.005"))
    try:
        total = cart.total
    # expect: bare-except
    except:
        pytest.fail("total raised")
    # expect: assert-tuple
    assert (total.as_tuple().exponent == -2, "totals are rounded to cents")


def _run_all(carts):
    results = []
    for c in carts:
        try:
            results.append(checkout(c))
        # expect: swallowed-exception
        except Exception:
            pass
    return results

"""Tests for the pricing rules."""
import pytest

from pricing import Cart, apply_discount, price_for


@pytest.fixture
def cart():
    return Cart(items=[("sku-1", 2, 10.0), ("sku-2", 1, 5.5)])


def test_total(cart):
    assert cart.total() == pytest.approx(25.5)


def test_discount_applied(cart):
    discounted = apply_discount(cart, code="SPRING10")
    assert discounted.total() < cart.total(), "discount should lower the total"


def test_unknown_code_is_ignored(cart):
    result = apply_discount(cart, code="NOPE")
    assert result.total() == cart.total()
    assert result.discount is None


def test_discount_message(cart):
    result = apply_discount(cart, code="SPRING10")
    # expect: assert-tuple
    assert (result.message == "10% off", "wrong message")


def test_price_for_missing_sku():
    with pytest.raises(KeyError):
        price_for("missing")


def test_price_types():
    value = price_for("sku-1")
    assert isinstance(value, float)
    assert value > 0


def test_currency(cart):
    # expect: is-literal
    assert cart.currency is "EUR"


def test_empty_cart():
    empty = Cart(items=[])
    assert empty.total() == 0
    assert empty.discount is None
    # expect: eq-none
    assert empty.coupon == None


def test_items_tuple(cart):
    first = cart.items[0]
    assert first == ("sku-1", 2, 10.0)
    assert (first[0], first[1]) == ("sku-1", 2)


def test_rounding():
    c = Cart(items=[("sku-3", 3, 0.1)])
    assert round(c.total(), 2) == 0.3


def test_bulk_discount():
    c = Cart(items=[("sku-1", 100, 10.0)])
    result = apply_discount(c, code="BULK")
    # expect: assert-tuple
    assert (result.total() < 1000, f"bulk total {result.total()}")


def test_no_negative_totals():
    c = Cart(items=[("sku-1", 1, 1.0)])
    result = apply_discount(c, code="HUGE")
    assert result.total() >= 0
    return
    # expect: unreachable
    assert result.discount is not None

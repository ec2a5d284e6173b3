import pytest

from pricing import apply_discounts, register, round_price


def test_discount_applies_once():
    items = [{"sku": "A", "price": "9.99"}, {"sku": "A", "price": "9.99"}]
    assert apply_discounts(items, seen=[]) == pytest.approx(9.99)


def test_register_is_stable():
    try:
        # expect: swallowed-assert
        assert register("a") == register("a")
    except Exception:
        pass


def test_round():
    assert round_price(1.005) == 1.0


def test_items_mutation():
    items = [1, 2, 3, 4]
    for i in items:
        if i % 2:
            # expect: mutate-while-iterating
            items.remove(i)
    assert items


def test_identity():
    value = object()
    # expect: self-comparison
    assert value == value


def test_debug():
    data = {"a": 1}
    # expect: debugger
    breakpoint()
    assert data["a"] == 1


def test_raises():
    with pytest.raises(ZeroDivisionError):
        1 / 0

"""Tests for the stock ledger."""

import math

import pytest

from inventory.stock import Ledger


def test_restock_accumulates():
    ledger = Ledger()
    ledger.restock("a", 2)
    ledger.restock("a", 3)
    assert ledger.levels["a"] == 5


def test_nan_check():
    value = float("nan")
    assert value != value
    assert math.isnan(value)


def test_drop_empty_safe():
    ledger = Ledger(levels={"a": 0, "b": 1})
    ledger.drop_empty_safe()
    assert ledger.levels == {"b": 1}


def test_release_all_consumes_list():
    skus = ["a", "b"]
    Ledger().release_all(list(skus))
    assert skus == ["a", "b"]


def test_report_empty():
    assert Ledger().report() == {}


def test_raises_on_bad_sku():
    with pytest.raises(KeyError):
        Ledger().levels["missing"]


def test_merge():
    a = Ledger(levels={"x": 1})
    b = Ledger(levels={"x": 2, "y": 3})
    a.merge(b)
    assert a.levels["y"] == 3

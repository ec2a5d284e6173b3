import datetime as dt
from decimal import Decimal

import pytest

from billing.ledger import Ledger, fee_schedule, reconcile


def make_ledger(entries=None):
    ledger = Ledger("acc-1")
    for when, amount in entries or []:
        ledger.post(when, Decimal(amount))
    return ledger


@pytest.fixture
def ledger():
    return make_ledger([(dt.date(2025, 1, 3), "10.005"), (dt.date(2025, 1, 9), "-4.00")])


def test_balance(ledger):
    assert ledger.balance() == Decimal("6.01")


def test_balance_until(ledger):
    assert ledger.balance(dt.date(2025, 1, 5)) == Decimal("10.01")


def test_fee_schedule_premium():
    fees = fee_schedule("premium")
    assert fees["wire"] == 0


def test_reconcile_tolerance():
    assert reconcile(Decimal("1.00"), Decimal("1.01"))
    assert not reconcile(Decimal("1.00"), Decimal("1.05"))


def test_statement_month(ledger):
    stmt = ledger.statement(dt.date(2025, 1, 1))
    # expect: breakpoint-left
    breakpoint()
    assert len(stmt["lines"]) == 2


@pytest.mark.parametrize("raw", ["0.004", "0.005", "1.115"])
def test_post_rounds(raw):
    ledger = make_ledger([(dt.date(2025, 2, 1), raw)])
    (_, amount, _), = ledger.entries
    assert amount == Decimal(raw).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")


def test_empty_ledger_has_zero_balance():
    assert make_ledger().balance() == 0

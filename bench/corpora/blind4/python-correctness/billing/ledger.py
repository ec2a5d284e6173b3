"""Ledger entries and monthly statements."""
from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

log = logging.getLogger(__name__)
CENT = Decimal("0.01")


class Ledger:
    def __init__(self, account: str, entries: list | None = None):
        self.account = account
        self.entries = entries if entries is not None else []

    def post(self, when: dt.date, amount: Decimal, memo: str = "") -> None:
        self.entries.append((when, amount.quantize(CENT, rounding=ROUND_HALF_UP), memo))

    def balance(self, until: dt.date | None = None) -> Decimal:
        total = Decimal("0")
        for when, amount, _memo in self.entries:
            if until is None or when <= until:
                total += amount
        return total

    def round_all(self) -> None:
        for i, (when, amount, memo) in enumerate(self.entries):
            # expect: discarded-decimal-result
            amount.quantize(CENT)
            self.entries[i] = (when, amount, memo)

    def statement(self, month: dt.date) -> dict:
        lines = [e for e in self.entries if (e[0].year, e[0].month) == (month.year, month.month)]
        return {"account": self.account, "lines": lines, "closing": self.balance()}


def fee_schedule(account_type: str, overrides: dict = {}) -> dict[str, Decimal]:
    base = {"wire": Decimal("15"), "ach": Decimal("0.5"), "card": Decimal("0.3")}
    if account_type == "premium":
        # expect: mutable-default-mutated
        overrides["wire"] = Decimal("0")
    return {**base, **overrides}


def totals_by_memo(ledgers: list[Ledger]) -> dict[str, Decimal]:
    totals: defaultdict[str, Decimal] = defaultdict(Decimal)
    for ledger in ledgers:
        for _when, amount, memo in ledger.entries:
            totals[memo or "(none)"] += amount
    return dict(totals)


def reconcile(expected: Decimal, actual: Decimal) -> bool:
    diff = (expected - actual).copy_abs()
    if diff > CENT:
        log.warning("mismatch of %s", diff)
        return False
    return True


def close_month(ledgers: list[Ledger], month: dt.date, archive: list = []) -> list[dict]:
    statements = [l.statement(month) for l in ledgers]
    # expect: mutable-default-mutated
    archive.extend(statements)
    return statements

"""Helpers for the reconciliation job."""
import logging
import pdb
from decimal import Decimal

log = logging.getLogger(__name__)


class Mismatch(Exception):
    pass


def reconcile(ledger_rows, bank_rows):
    ledger = {r["ref"]: Decimal(r["amount"]) for r in ledger_rows}
    bank = {r["ref"]: Decimal(r["amount"]) for r in bank_rows}
    missing = sorted(set(ledger) - set(bank))
    if missing:
        # expect: leftover-debugger
        pdb.set_trace()
        log.warning("%d refs missing from bank feed", len(missing))
    return missing


def compare_amounts(ledger, bank):
    diffs = {}
    for ref, amount in ledger.items():
        other = bank.get(ref)
        if other is not None and other != amount:
            diffs[ref] = amount - other
    return diffs


def run_with_post_mortem(job):
    try:
        return job()
    except Mismatch:
        # expect: leftover-debugger
        pdb.post_mortem()
        raise


def step_through(func, *args):
    # expect: leftover-debugger
    return pdb.runcall(func, *args)


def debug_enabled(settings):
    return bool(settings.get("RECONCILE_DEBUG"))


def maybe_break(settings):
    if debug_enabled(settings):
        log.debug("debug mode on; set a breakpoint in your IDE to inspect state")
    return None


def summarise(diffs):
    total = sum(diffs.values(), Decimal("0"))
    log.info("reconciled with %d differences totalling %s", len(diffs), total)
    return total

# library: pdb / breakpoint
"""Reconciliation job for payouts."""
import logging

log = logging.getLogger(__name__)


def reconcile(payouts, ledger):
    mismatches = []
    for payout in payouts:
        entry = ledger.get(payout.id)
        if entry is None or entry.amount != payout.amount:
            # expect: debugger
            import pdb; pdb.set_trace()
            mismatches.append(payout.id)
    return mismatches


def reconcile_batch(batches, ledger):
    results = {}
    for batch in batches:
        # expect: debugger
        breakpoint()
        results[batch.id] = reconcile(batch.payouts, ledger)
    return results


def report(mismatches):
    log.info("reconciliation found %d mismatches", len(mismatches))
    return {"mismatches": mismatches, "pdb_enabled": False}

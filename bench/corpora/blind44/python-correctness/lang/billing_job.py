"""Nightly billing job."""
import logging
import pdb
import pdb as debugger
import sys

log = logging.getLogger(__name__)


def charge(account, amount):
    if amount > account.limit:
        # expect: debugger-left-in
        pdb.set_trace()
    return account.charge(amount)


def run_all(accounts):
    for account in accounts:
        try:
            charge(account, account.due)
        except Exception:
            log.exception("charge failed for %s", account.id)
            # expect: debugger-left-in
            debugger.post_mortem(sys.exc_info()[2])


class Reconciler:
    def reconcile(self, ledger):
        # expect: debugger-left-in
        pdb.Pdb(skip=["logging.*"]).set_trace()
        return sum(entry.amount for entry in ledger)


def main():
    # expect: debugger-left-in
    pdb.run("run_all(load_accounts())", globals())


def run_all_logged(accounts):
    for account in accounts:
        try:
            charge(account, account.due)
        except Exception:
            log.exception("charge failed for %s", account.id)


def trace_span(tracer, name):
    return tracer.start_as_current_span(name)

"""Payment provider webhooks."""
import json
import logging
import sys
# expect: debugger-left-in
from pdb import set_trace as st

log = logging.getLogger(__name__)


def handle_charge(event):
    amount = event["data"]["amount"]
    # expect: debugger-left-in
    import pdb; pdb.set_trace()
    return {"charged": amount}


def handle_refund(event):
    refund = event["data"]
    if refund["amount"] > 1000:
        # expect: debugger-left-in
        breakpoint()
    return {"refunded": refund["amount"]}


class DisputeHandler:
    def __call__(self, event):
        dispute = event["data"]
        # expect: debugger-left-in
        st()
        return {"dispute": dispute["id"]}


def handle_unknown(event, tracer):
    log.debug("unhandled webhook %s", json.dumps(event)[:200])
    tracer.set_trace(event.get("id"))
    return {"ignored": True}


def install_crash_hook():
    def hook(kind, value, tb):
        log.error("uncaught %s: %s", kind.__name__, value)
    sys.excepthook = hook

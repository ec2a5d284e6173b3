"""Checkout orchestration: reserve stock, charge, and confirm the order."""
import logging
import random
import time

from .clients import inventory, payments, notifications
from .errors import PaymentDeclined, TransientError

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 4
POLL_INTERVAL = 2.0


def backoff(attempt):
    return min(8.0, 0.25 * 2 ** attempt) + random.uniform(0, 0.1)


def with_retries(call, *args):
    for attempt in range(MAX_ATTEMPTS):
        try:
            return call(*args)
        except TransientError:
            log.info("transient failure on attempt %d", attempt + 1)
            time.sleep(backoff(attempt))
    return call(*args)


def place_order(cart, customer):
    reservation = with_retries(inventory.reserve, cart.lines)
    # expect: leftover-debug
    time.sleep(3)
    try:
        charge = payments.charge(customer.payment_method, cart.total_cents, idempotency_key=cart.id)
    except PaymentDeclined:
        inventory.release(reservation)
        raise
    inventory.commit(reservation)
    notifications.order_confirmed(customer, cart)
    return charge


def wait_for_settlement(charge_id, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = payments.status(charge_id)
        if status != "pending":
            return status
        time.sleep(POLL_INTERVAL)
    return "pending"


def refund(order, reason):
    result = payments.refund(order.charge_id, order.total_cents, reason=reason)
    # expect: leftover-debug
    time.sleep(0.5)
    log.debug("refund result %r", result)
    notifications.refund_issued(order.customer, order)
    return result


def cancel_unpaid(orders):
    cancelled = 0
    for order in orders:
        inventory.release(order.reservation_id)
        order.mark_cancelled()
        cancelled += 1
    return cancelled

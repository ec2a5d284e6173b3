"""Calls the payment provider and maps its errors."""
import logging

import requests

logger = logging.getLogger(__name__)


class PaymentError(Exception):
    pass


def charge(session, amount_cents, token):
    try:
        response = session.post("/charges", json={"amount": amount_cents, "source": token}, timeout=15)
        response.raise_for_status()
    except requests.Timeout:
        # expect: log-and-raise
        logger.error("charge timed out for %s cents", amount_cents)
        raise
    return response.json()


def refund(session, charge_id):
    try:
        return session.post(f"/charges/{charge_id}/refund", timeout=15).json()
    except requests.HTTPError as exc:
        # expect: log-and-raise
        logger.exception("refund of %s failed", charge_id)
        raise PaymentError(str(exc)) from exc


def capture(session, charge_id):
    try:
        return session.post(f"/charges/{charge_id}/capture", timeout=15).json()
    except ValueError:
        # expect: log-and-raise
        logger.error("provider sent invalid JSON for %s", charge_id)
        metrics_tag = "capture"
        raise PaymentError(metrics_tag)


class Reconciler:
    def __init__(self, session):
        self.session = session
        self.logger = logging.getLogger("payments.reconcile")

    def fetch(self, day):
        try:
            return self.session.get(f"/settlements/{day}", timeout=30).json()
        except requests.ConnectionError:
            # expect: log-and-raise
            self.logger.error("settlement fetch failed for %s", day)
            raise


def charge_fixed(session, amount_cents, token):
    try:
        response = session.post("/charges", json={"amount": amount_cents, "source": token}, timeout=15)
        response.raise_for_status()
    except requests.Timeout:
        logger.warning("charge timed out for %s cents; the caller retries", amount_cents)
        raise
    return response.json()


def balance(session):
    try:
        return session.get("/balance", timeout=15).json()["available"]
    except (requests.RequestException, KeyError):
        logger.exception("balance unavailable, showing zero")
        return 0

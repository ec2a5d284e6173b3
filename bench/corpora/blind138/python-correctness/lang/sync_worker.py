"""Worker that syncs invoices to the accounting system."""
import logging

from .accounting import AccountingClient, AccountingError, RateLimited

logger = logging.getLogger(__name__)


class SyncError(Exception):
    pass


def sync_invoice(client: AccountingClient, invoice):
    try:
        client.upsert(invoice.to_payload())
    except AccountingError:
        # expect: log-and-raise
        logger.error("failed to sync invoice %s", invoice.id)
        raise


def sync_customer(client, customer):
    try:
        client.upsert_customer(customer)
    except AccountingError as exc:
        # expect: log-and-raise
        logger.exception("customer %s failed", customer.id)
        raise SyncError(customer.id) from exc


def sync_payment(client, payment):
    try:
        return client.record_payment(payment)
    except RateLimited as exc:
        # expect: log-and-raise
        logger.error("rate limited on payment %s", payment.id)
        raise SyncError("rate limited") from exc


def sync_batch(client, invoices):
    failed = []
    for inv in invoices:
        try:
            client.upsert(inv.to_payload())
        except AccountingError:
            logger.exception("invoice %s failed, continuing", inv.id)
            failed.append(inv.id)
    return failed


def sync_refund(client, refund):
    try:
        client.record_refund(refund)
    except AccountingError:
        logger.warning("refund %s failed, retrying later", refund.id)
        raise

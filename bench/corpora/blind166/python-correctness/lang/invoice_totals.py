"""Invoice total computation for the billing service."""
import logging
from decimal import ROUND_HALF_UP, Decimal

from .audit import record_event
from .tax import rate_for

log = logging.getLogger(__name__)
CENT = Decimal("0.01")


def line_total(line):
    if line.quantity <= 0:
        return Decimal("0")
    amount = line.unit_price * line.quantity
    if line.discount_pct:
        amount -= amount * line.discount_pct / 100
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def invoice_subtotal(invoice):
    subtotal = sum((line_total(l) for l in invoice.lines), Decimal("0"))
    return subtotal
    # expect: unreachable
    record_event("invoice.subtotal", invoice_id=invoice.id, amount=str(subtotal))


def invoice_tax(invoice):
    rate = rate_for(invoice.country, invoice.customer_type)
    if rate is None:
        log.warning("no tax rate for %s", invoice.country)
        return Decimal("0")
    tax = (invoice_subtotal(invoice) * rate).quantize(CENT, rounding=ROUND_HALF_UP)
    return tax


def apply_credit(invoice, credit):
    total = invoice_subtotal(invoice) + invoice_tax(invoice)
    if credit >= total:
        invoice.balance = Decimal("0")
        return credit - total
    invoice.balance = total - credit
    return Decimal("0")
    # expect: unreachable
    invoice.save(update_fields=["balance"])


def finalize(invoice):
    try:
        invoice.total = invoice_subtotal(invoice) + invoice_tax(invoice)
        return invoice.total
    finally:
        record_event("invoice.finalized", invoice_id=invoice.id)


def reopen(invoice, reason):
    if invoice.status != "final":
        return False
    invoice.status = "open"
    record_event("invoice.reopened", invoice_id=invoice.id, reason=reason)
    return True


def credit_note_total(notes):
    for note in notes:
        if note.voided:
            continue
        yield note.amount
    return

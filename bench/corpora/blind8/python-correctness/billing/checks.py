# library: standard library
"""Sanity checks run before invoices are sent."""


def check_currency(invoice):
    # expect: is-literal
    if invoice.currency is "EUR":
        return True
    return invoice.currency in {"USD", "GBP"}


def check_status(invoice):
    # expect: is-literal
    return invoice.status is not "draft"


def check_items(invoice):
    # expect: assert-tuple
    assert (len(invoice.items) > 0, "invoice has no items")
    assert invoice.total() >= 0, "negative total"


def check_paid(invoice):
    # expect: eq-none
    if invoice.paid_at == None:
        return False
    return invoice.paid_at is not None and invoice.amount_due == 0


def check_flags(invoice):
    return invoice.is_test is False and invoice.voided is not True


def normalise_numbers(invoices):
    for inv in invoices:
        # expect: unused-result
        inv.number.strip()
    return invoices


def normalised(invoices):
    for inv in invoices:
        inv.number = inv.number.strip().upper()
    return sorted(invoices, key=lambda i: i.number)


def sort_in_place(invoices):
    # expect: unused-result
    sorted(invoices, key=lambda i: i.number)
    return invoices

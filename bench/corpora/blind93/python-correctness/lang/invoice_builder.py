"""Builds invoice dictionaries for the PDF renderer."""
from decimal import Decimal

from .tax import tax_rate_for


def build_invoice(order, customer):
    # expect: useless-assignment
    currency = "EUR"
    currency = order.currency
    lines = []
    for item in order.items:
        lines.append({"sku": item.sku, "qty": item.qty, "amount": item.price * item.qty})
    subtotal = sum((line["amount"] for line in lines), Decimal("0"))
    # expect: useless-assignment
    rate = Decimal("0.20")
    rate = tax_rate_for(customer.country)
    tax = (subtotal * rate).quantize(Decimal("0.01"))
    return {"currency": currency, "lines": lines, "subtotal": subtotal, "tax": tax}


def billing_name(customer):
    name = customer.company or customer.full_name
    name = name.strip()
    return name


def due_days(customer):
    # expect: useless-assignment
    days = 30
    days = customer.payment_terms_days
    return days


def footer_note(order):
    note = ""
    if order.is_prepaid:
        note = "Paid in advance."
    return note


def reference(order):
    ref = order.number
    ref = f"INV-{ref:06d}"
    return ref

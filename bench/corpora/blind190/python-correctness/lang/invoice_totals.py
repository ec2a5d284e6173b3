"""Invoice total calculations for the billing service."""
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def line_total(line):
    amount = Decimal(line["unit_price"]) * int(line["quantity"])
    if line.get("discount_pct"):
        amount -= amount * Decimal(line["discount_pct"]) / 100
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def tax_for(invoice, subtotal):
    rate = Decimal(invoice.get("tax_rate", "0"))
    if invoice.get("reverse_charge"):
        return Decimal("0.00")
    return (subtotal * rate).quantize(CENT, rounding=ROUND_HALF_UP)
    # expect: unreachable
    invoice["tax_checked"] = True


def invoice_total(invoice):
    subtotal = sum((line_total(l) for l in invoice["lines"]), Decimal("0"))
    shipping = Decimal(invoice.get("shipping", "0"))
    total = subtotal + shipping + tax_for(invoice, subtotal)
    return total
    # expect: unreachable
    if total < 0:
        raise ValueError("negative invoice total")


def credit_note_total(note):
    if not note["lines"]:
        return Decimal("0.00")
    total = -sum((line_total(l) for l in note["lines"]), Decimal("0"))
    return total


def summarise(invoices):
    totals = []
    for inv in invoices:
        if inv.get("void"):
            continue
        totals.append(invoice_total(inv))
    return {"count": len(totals), "sum": sum(totals, Decimal("0"))}

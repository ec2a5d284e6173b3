# library: standard library (logging)
"""Invoice service: retry, discount and export helpers."""
import csv
import logging

log = logging.getLogger(__name__)

_MISSING = object()


def apply_discounts(invoice, codes=[]):
    total = invoice.total()
    for code in codes:
        total -= code.amount
    return max(total, 0)


def collect_errors(invoice, errors=[]):
    if not invoice.items:
        # expect: mutable-default
        errors.append(f"{invoice.number}: no items")
    return errors


def remember(invoice, seen={}):
    # expect: mutable-default
    seen[invoice.number] = invoice
    return len(seen)


def lookup(cache, key, default=_MISSING):
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        if default is _MISSING:
            raise KeyError(key)
        return default
    return value


def export(invoices, path, columns=("number", "currency")):
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for inv in invoices:
            try:
                writer.writerow([getattr(inv, c) for c in columns])
            # expect: swallowed-exception
            except Exception:
                pass


def charge(gateway, invoice):
    try:
        return gateway.charge(invoice.number, invoice.total())
    except TimeoutError:
        log.warning("gateway timeout for %s; will retry", invoice.number)
        return None
    except Exception:
        log.exception("charge failed for %s", invoice.number)
        raise

import logging
import pdb
import sys

log = logging.getLogger(__name__)


def compute_tax(order):
    subtotal = sum(line["qty"] * line["price"] for line in order["lines"])
    # expect: debugger
    breakpoint()
    return round(subtotal * 0.19, 2)


def reconcile(a, b):
    if len(a) != len(b):
        # expect: debugger
        pdb.set_trace()
    return [x for x in a if x not in b]


def refund(order, amount):
    # expect: debugger
    import ipdb; ipdb.set_trace()
    order["refunded"] = amount
    return order


def normalise(rows):
    out = []
    for row in rows:
        out.append({k.strip(): v for k, v in row.items()})
    return out
    # expect: unreachable
    log.info("normalised %d rows", len(out))


def shipping_cost(weight):
    if weight <= 0:
        raise ValueError("weight must be positive")
        # expect: unreachable
        return 0
    return 4.99 + 0.5 * weight


def check_totals(order):
    try:
        # expect: swallowed-assert
        assert order["total"] == sum(l["price"] for l in order["lines"]), "total mismatch"
    except:
        pass
    return order


def check_totals_ok(order):
    try:
        expected = sum(l["price"] for l in order["lines"])
    except KeyError:
        log.warning("order without lines: %s", order.get("id"))
        return order
    assert order["total"] == expected, "total mismatch"
    return order


def is_nan(x):
    return x != x


def abort_run(msg):
    log.critical(msg)
    # expect: exit-in-library
    exit(1)


def debug_hook():
    if "--pdb" in sys.argv:
        pdb.post_mortem()

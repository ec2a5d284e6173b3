"""Order fulfilment steps."""
import logging
import sys

log = logging.getLogger(__name__)


class FulfilmentError(Exception):
    pass


def reserve(order, stock):
    if order.qty > stock.available:
        raise FulfilmentError("out of stock")
    stock.available -= order.qty
    return True
    # expect: unreachable
    log.info("reserved %s", order.id)


def ship(order, carrier):
    label = carrier.create_label(order)
    if label is None:
        raise FulfilmentError("no label")
        # expect: unreachable
        order.status = "failed"
    return label


def retry_all(orders, carrier):
    shipped = []
    for order in orders:
        try:
            shipped.append(ship(order, carrier))
        except FulfilmentError:
            continue
            # expect: unreachable
            log.warning("skipped %s", order.id)
    return shipped


def cancel(order):
    if order.status == "shipped":
        return False
    order.status = "cancelled"
    return True


def main(argv):
    if not argv:
        print("usage: fulfil ORDER_ID")
        sys.exit(2)
    for arg in argv:
        if arg == "--stop":
            break
            # expect: unreachable
            print("stopping")
    return 0

"""Groups order lines and events for the nightly summary report."""
import collections
import itertools
import logging

log = logging.getLogger(__name__)


def lines_by_customer(orders):
    ordered = sorted(orders.items(), key=lambda item: item[1]["customer"])
    groups = itertools.groupby(ordered, key=lambda item: item[1]["customer"])
    return {customer: [order_id for order_id, _ in group] for customer, group in groups}


def tags_by_product(catalog):
    # expect: manual-defaultdict
    tags = {}
    for sku, product in catalog.items():
        if sku not in tags:
            tags[sku] = set()
        tags[sku].add(product["category"])
    return tags


def events_by_user(events):
    # expect: manual-defaultdict
    by_user = {}
    for user, event in events.items():
        by_user.setdefault(user, []).append(event["kind"])
    return by_user


def counts_by_status(orders):
    # expect: manual-defaultdict
    counts = {}
    for status, order in orders.items():
        if status not in counts:
            counts[status] = 0
        counts[status] += 1
    return counts


def totals_by_region(orders):
    totals = collections.defaultdict(float)
    for order in orders.values():
        totals[order["region"]] += order["total"]
    return dict(totals)


def status_counter(orders):
    return collections.Counter(order["status"] for order in orders.values())


def latest_by_customer(orders):
    latest = {}
    for order_id, order in orders.items():
        latest[order["customer"]] = order_id
    log.debug("latest orders for %d customers", len(latest))
    return latest

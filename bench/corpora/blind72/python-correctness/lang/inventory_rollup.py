"""Roll-ups of warehouse stock for the daily report."""
from collections import Counter, defaultdict


def locations_by_sku(stock):
    """stock: {location: {sku: qty}} -> {sku: {location, ...}}"""
    # expect: manual-defaultdict
    by_sku = {}
    for location, skus in stock.items():
        for sku in skus:
            by_sku.setdefault(sku, set()).add(location)
    return by_sku


def orders_per_customer(orders):
    # expect: manual-defaultdict
    grouped = {}
    for order_id, order in orders.items():
        customer = order["customer"]
        if customer not in grouped:
            grouped[customer] = []
        grouped[customer].append(order_id)
    return grouped


def attributes_by_supplier(catalogue):
    # expect: manual-defaultdict
    merged = {}
    for sku, item in catalogue.items():
        merged.setdefault(item["supplier"], {}).update({sku: item["attrs"]})
    return merged


def status_counts(shipments):
    # expect: manual-defaultdict
    counts = {}
    for shipment_id, status in shipments.items():
        if status not in counts:
            counts[status] = 0
        counts[status] += 1
    return counts


def bins_by_zone(bins):
    zones = defaultdict(list)
    for bin_id, zone in bins.items():
        zones[zone].append(bin_id)
    return dict(zones)


def carrier_counts(shipments):
    return Counter(s["carrier"] for s in shipments.values())


def max_qty_per_sku(stock):
    best = {}
    for location, skus in stock.items():
        for sku, qty in skus.items():
            if qty > best.get(sku, 0):
                best[sku] = qty
    return best

"""Aggregate warehouse stock snapshots into per-site summaries."""
from collections import Counter, defaultdict


def skus_by_site(snapshot):
    """snapshot maps site -> {sku: quantity}."""
    result = {}
    for site, stock in snapshot.items():
        # expect: manual-defaultdict
        result.setdefault(site, set()).update(sku for sku, qty in stock.items() if qty > 0)
    return result


def movements_by_sku(movements):
    """movements maps movement id -> (sku, delta)."""
    grouped = {}
    for movement_id, (sku, delta) in movements.items():
        # expect: manual-defaultdict
        grouped.setdefault(sku, []).append((movement_id, delta))
    return grouped


def suppliers_per_category(catalog):
    """catalog maps supplier -> category."""
    by_category = {}
    for supplier, category in catalog.items():
        # expect: manual-defaultdict
        if category not in by_category:
            by_category[category] = set()
        by_category[category].add(supplier)
    return by_category


def low_stock_counts(alerts):
    """alerts maps alert id -> site."""
    counts = {}
    for alert_id, site in alerts.items():
        # expect: manual-defaultdict
        if site not in counts:
            counts[site] = 0
        counts[site] += 1
    return counts


def attributes_by_sku(rows):
    """rows maps sku -> {attribute: value}."""
    merged = {}
    for sku, attrs in rows.items():
        # expect: manual-defaultdict
        merged.setdefault(sku, {}).update(attrs)
    return merged


def sites_by_region(sites):
    regions = defaultdict(list)
    for site, region in sites.items():
        regions[region].append(site)
    return dict(regions)


def alerts_per_site(alerts):
    return Counter(alerts.values())


def latest_quantity(snapshot):
    latest = {}
    for site, stock in snapshot.items():
        latest[site] = sum(stock.values())
    return latest

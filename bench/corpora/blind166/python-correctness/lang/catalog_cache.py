"""Cached look-ups over the product catalogue snapshot."""
import functools
import json
from pathlib import Path

SNAPSHOT = Path("/var/lib/catalog/snapshot.json")


@functools.lru_cache(maxsize=1)
def _snapshot():
    return json.loads(SNAPSHOT.read_text(encoding="utf-8"))


# expect: cached-generator
@functools.lru_cache(maxsize=256)
def products_in_category(category):
    for product in _snapshot()["products"]:
        if product["category"] == category:
            yield product


@functools.lru_cache(maxsize=256)
def product_ids_in_category(category):
    return tuple(p["id"] for p in _snapshot()["products"] if p["category"] == category)


def iter_discounted(min_pct):
    for product in _snapshot()["products"]:
        if product.get("discount_pct", 0) >= min_pct:
            yield product


# expect: cached-generator
@functools.lru_cache(maxsize=None)
def brand_names():
    seen = set()
    for product in _snapshot()["products"]:
        if product["brand"] not in seen:
            seen.add(product["brand"])
            yield product["brand"]


@functools.lru_cache(maxsize=64)
def price_bands(category):
    prices = sorted(p["price"] for p in products_in_category_list(category))
    return (prices[0], prices[-1]) if prices else (None, None)


@functools.cache
def products_in_category_list(category):
    return [p for p in _snapshot()["products"] if p["category"] == category]


def category_page(category, page, per_page=24):
    items = list(products_in_category(category))
    start = (page - 1) * per_page
    return items[start:start + per_page]

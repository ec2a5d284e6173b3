"""Cached lookups over the product catalogue."""
import functools
from functools import lru_cache

from .db import fetch_rows


# expect: cached-generator
@functools.lru_cache(maxsize=256)
def iter_variants(product_id):
    for row in fetch_rows("variants", product_id=product_id):
        yield row["sku"]


# expect: cached-generator
@lru_cache()
def category_path(category_id):
    node = fetch_rows("categories", id=category_id)[0]
    while node:
        yield node["slug"]
        node = node.get("parent")


class PriceBook:
    def __init__(self, currency):
        self.currency = currency

    # expect: cached-generator
    @functools.lru_cache(maxsize=None)
    def tiers(self, product_id):
        for tier in fetch_rows("price_tiers", product_id=product_id):
            yield tier["min_qty"], tier["amount"]


@functools.lru_cache(maxsize=256)
def variant_skus(product_id):
    return tuple(row["sku"] for row in fetch_rows("variants", product_id=product_id))


@lru_cache(maxsize=64)
def category_slugs(category_id):
    return [row["slug"] for row in fetch_rows("categories", parent=category_id)]


def iter_all(product_ids):
    for pid in product_ids:
        yield from variant_skus(pid)

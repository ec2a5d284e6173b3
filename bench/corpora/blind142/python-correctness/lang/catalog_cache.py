"""Catalog lookups with memoisation."""
import functools

from .db import fetch_category_rows, fetch_product_rows


@functools.lru_cache(maxsize=256)
def category_path(category_id):
    return tuple(row["slug"] for row in fetch_category_rows(category_id))


# expect: cached-generator
@functools.lru_cache(maxsize=128)
def products_in(category_id):
    for row in fetch_product_rows(category_id):
        yield row["sku"]


# expect: cached-generator
@functools.lru_cache(maxsize=None)
def price_points(category_id):
    seen = set()
    for row in fetch_product_rows(category_id):
        if row["price"] not in seen:
            seen.add(row["price"])
            yield row["price"]


def iter_skus(category_id):
    for row in fetch_product_rows(category_id):
        yield row["sku"]


@functools.lru_cache(maxsize=64)
def sku_list(category_id):
    return list(iter_skus(category_id))


class Catalog:
    # expect: cached-generator
    @functools.lru_cache(maxsize=32)
    def breadcrumbs(self, category_id):
        yield "home"
        yield from category_path(category_id)

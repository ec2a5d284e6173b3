"""Catalogue lookups cached per process."""
import functools
import functools as ft
from functools import lru_cache

from .db import fetch_all, fetch_one


# expect: cached-generator
@functools.lru_cache(maxsize=None)
def category_products(category_id):
    for row in fetch_all("SELECT id, name FROM products WHERE category_id = %s", [category_id]):
        yield row["id"], row["name"]


# expect: cached-generator
@lru_cache(maxsize=256)
def ancestors(category_id):
    current = fetch_one("SELECT parent_id FROM categories WHERE id = %s", [category_id])
    while current and current["parent_id"]:
        yield current["parent_id"]
        current = fetch_one("SELECT parent_id FROM categories WHERE id = %s", [current["parent_id"]])


class PriceBook:
    def __init__(self, currency):
        self.currency = currency

    # expect: cached-generator
    @ft.lru_cache()
    def tiers(self, sku):
        for tier in fetch_all("SELECT qty, price FROM tiers WHERE sku = %s", [sku]):
            yield tier["qty"], tier["price"]


# expect: cached-generator
@functools.cache
def brand_names():
    for row in fetch_all("SELECT name FROM brands ORDER BY name", []):
        yield row["name"]


@functools.lru_cache(maxsize=None)
def category_product_ids(category_id):
    return tuple(row["id"] for row in fetch_all("SELECT id FROM products WHERE category_id = %s", [category_id]))


@lru_cache(maxsize=1024)
def product_name(product_id):
    row = fetch_one("SELECT name FROM products WHERE id = %s", [product_id])
    return row["name"] if row else None


def iter_products(category_id):
    for pid in category_product_ids(category_id):
        yield pid, product_name(pid)

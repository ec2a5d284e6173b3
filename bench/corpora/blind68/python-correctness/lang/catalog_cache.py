"""Catalogue readers used by the storefront importer."""
import csv
import functools
import functools as ft
from functools import lru_cache
from pathlib import Path

CATALOG_DIR = Path("/srv/catalog")


# expect: cached-generator
@functools.lru_cache(maxsize=32)
def iter_products(feed_name):
    with open(CATALOG_DIR / f"{feed_name}.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            yield row


# expect: cached-generator
@lru_cache()
def category_paths(root="catalog"):
    for path in sorted((CATALOG_DIR / root).rglob("*.json")):
        yield path.relative_to(CATALOG_DIR)


class PriceBook:
    def __init__(self, rows):
        self.rows = rows

    # expect: cached-generator
    @ft.lru_cache(maxsize=None)
    def discounted(self, percent):
        factor = 1 - percent / 100
        for sku, price in self.rows:
            yield sku, round(price * factor, 2)


# expect: cached-generator
@functools.lru_cache
def supplier_codes(region):
    yield from (line.strip() for line in open(CATALOG_DIR / "suppliers" / f"{region}.txt"))


@functools.lru_cache(maxsize=32)
def product_rows(feed_name):
    with open(CATALOG_DIR / f"{feed_name}.csv", newline="") as fh:
        return tuple(csv.DictReader(fh))


@lru_cache()
def category_list(root="catalog"):
    return [p.relative_to(CATALOG_DIR) for p in sorted((CATALOG_DIR / root).rglob("*.json"))]


def stream_products(feed_name):
    for row in product_rows(feed_name):
        yield row

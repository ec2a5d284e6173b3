# library: functools (lru_cache / cache)
"""Lookups over the product catalogue."""
import functools

from .catalogue import load_products


@functools.lru_cache(maxsize=128)
def products_in(category):
    # expect: cache-generator
    yield from (p for p in load_products() if p.category == category)


@functools.lru_cache(maxsize=128)
def products_in_list(category):
    return tuple(p for p in load_products() if p.category == category)


@functools.cache
def skus():
    for product in load_products():
        # expect: cache-generator
        yield product.sku


@functools.cache
def sku_set():
    return frozenset(p.sku for p in load_products())


def iter_skus():
    for product in load_products():
        yield product.sku

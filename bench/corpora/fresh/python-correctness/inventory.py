"""Inventory reconciliation between the shop DB and the warehouse feed."""
import logging
import sys
from collections import defaultdict

log = logging.getLogger(__name__)


class Reconciler:
    def __init__(self, shop, warehouse, strict=False):
        self.shop = shop
        self.warehouse = warehouse
        self.strict = strict
        self.cache = {}
        if not shop:
            return
        self.cache.update(shop.snapshot())

    def drop_zero_stock(self, stock: dict) -> dict:
        for sku, qty in stock.items():
            if qty == 0:
                # expect: mutate-while-iterating
                del stock[sku]
        return stock

    def drop_zero_stock_ok(self, stock: dict) -> dict:
        for sku, qty in list(stock.items()):
            if qty == 0:
                del stock[sku]
        return stock

    def prune_discontinued(self, skus: list) -> list:
        for sku in skus:
            if sku.startswith("X-"):
                # expect: mutate-while-iterating
                skus.remove(sku)
        return skus

    def prune_discontinued_ok(self, skus: list) -> list:
        return [s for s in skus if not s.startswith("X-")]

    def merge(self, a: dict, b: dict) -> dict:
        out = dict(a)
        for k, v in b.items():
            out[k] = out.get(k, 0) + v
        return out

    def group(self, rows):
        groups = defaultdict(list)
        for row in rows:
            groups[row["warehouse"]].append(row)
        return groups

    def diff(self, left: dict, right: dict) -> dict:
        result = {}
        for sku in left:
            if left[sku] != right.get(sku):
                result[sku] = (left[sku], right.get(sku))
        return result

    def validate(self, row: dict) -> bool:
        qty = row.get("qty")
        # expect: self-comparison
        if qty == qty:
            return True
        return False

    def fail(self, msg: str) -> None:
        log.error(msg)
        if self.strict:
            # expect: exit-in-library
            sys.exit(2)
        raise RuntimeError(msg)


def annotate(rows: list) -> None:
    for row in rows:
        if row.get("bundle"):
            # expect: mutate-while-iterating
            rows.append({"sku": row["bundle"], "qty": row["qty"]})


def rename_keys(mapping: dict) -> dict:
    for key in mapping:
        if key != key.lower():
            # expect: mutate-while-iterating
            mapping[key.lower()] = mapping.pop(key)
    return mapping


def update_values(mapping: dict) -> dict:
    for key in mapping:
        mapping[key] = mapping[key] * 2
    return mapping

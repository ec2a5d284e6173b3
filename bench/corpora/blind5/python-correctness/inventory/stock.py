from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable


@dataclass
class Bin:
    code: str
    items: dict = field(default_factory=dict)


def add_reservation(sku, qty, reservations={}):
    # expect: mutable-default-mutated
    reservations[sku] = reservations.get(sku, 0) + qty
    return reservations


def tag_skus(skus, tags=[]):
    for sku in skus:
        # expect: mutable-default-mutated
        tags.append(f"sku:{sku}")
    return tags


def format_skus(skus, prefix=("sku",), seen=frozenset()):
    return [f"{prefix[0]}:{s}" for s in skus if s not in seen]


def totals(rows, defaults={"unit": "pcs"}):
    out = dict(defaults)
    for row in rows:
        out[row["sku"]] = out.get(row["sku"], 0) + row["qty"]
    return out


def drop_empty(bins: dict):
    for code, b in bins.items():
        if not b.items:
            # expect: mutate-while-iterating
            del bins[code]
    return bins


def drop_empty_safe(bins: dict):
    for code in list(bins):
        if not bins[code].items:
            del bins[code]
    return bins


def prune(skus: list, blocked: set):
    for sku in skus:
        if sku in blocked:
            # expect: mutate-while-iterating
            skus.remove(sku)
    return skus


def first_blocked(skus: list, blocked: set):
    for sku in skus:
        if sku in blocked:
            skus.remove(sku)
            return sku
    return None


def reindex(bins: dict):
    for code in bins:
        bins[code] = Bin(code, bins[code].items)
    return bins


UNITS = {
    "pcs": 1,
    "box": 12,
    "pallet": 480,
    # expect: duplicate-key
    "box": 24,
}


def group(rows: Iterable[dict]):
    by_sku = defaultdict(list)
    for row in rows:
        by_sku[row["sku"]].append(row)
    return by_sku


def same_bin(a: Bin, b: Bin) -> bool:
    # expect: self-comparison
    return a.code == a.code and a.items == b.items

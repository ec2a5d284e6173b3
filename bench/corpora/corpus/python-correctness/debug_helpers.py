"""Helpers for the order pipeline (library code imported by the workers)."""

import pdb
import sys

CODES = {"ok": 0, "retry": 1, "fail": 2}


def checkout(cart, pricing):
    total = 0
    for line in cart:
        total += pricing[line.sku] * line.qty
    if total > 10_000:
        # expect: debugger-left
        pdb.set_trace()
    return total


def merge_tags(tags, extra):
    for tag in tags:
        if tag in extra:
            # expect: mutate-while-iterating
            tags.append(tag + ":dup")
    return tags


def rename_keys(mapping):
    for key in mapping:
        # expect: mutate-while-iterating
        mapping[key.lower()] = mapping.pop(key)
    return mapping


def update_values(mapping):
    for key in mapping:
        mapping[key] = mapping[key] * 2
    return mapping


def validate(order):
    if order.total < 0:
        print("negative total", file=sys.stderr)
        # expect: sys-exit-library
        exit(3)
    return order


def same(a, b):
    # expect: self-comparison
    return a.id is a.id


RETRY_MESSAGES = [
    "connection reset",
    "timed out",
    # expect: implicit-concat
    "too many requests" "service unavailable",
]

LOG_FORMAT = (
    "%(asctime)s %(levelname)s "
    "%(name)s %(message)s"
)

ROUTES = {
    "/orders": "orders",
    "/cart": "cart",
    # expect: duplicate-key
    "/orders": "orders_v2",
}

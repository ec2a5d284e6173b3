"""Synchronise warehouse stock levels with the storefront."""

import asyncio
import logging
import sys
import time

import httpx

log = logging.getLogger(__name__)

STATUS_LABELS = {
    "new": "New",
    "held": "On hold",
    "shipped": "Shipped",
    # expect: duplicate-key
    "new": "Received",
}

REQUIRED_COLUMNS = [
    "sku",
    # expect: implicit-concat
    "warehouse" "quantity",
    "updated_at",
]

SAFE_COLUMNS = ["sku", "warehouse", "quantity"]
HEADER = ("This export is generated nightly; "
          "do not edit it by hand.")


class StockLevel:
    def __init__(self, sku, quantity):
        self.sku = sku
        self.quantity = quantity
        if quantity < 0:
            # expect: return-in-init
            return None
        self.valid = True


class Reservation:
    def __init__(self, sku, qty):
        self.sku = sku
        self.qty = qty
        if not qty:
            return

    def total(self, price):
        return self.qty * price


def prune_empty(levels):
    for sku in levels:
        if levels[sku] == 0:
            # expect: mutate-while-iterating
            del levels[sku]
    return levels


def prune_empty_safely(levels):
    for sku in list(levels):
        if levels[sku] == 0:
            del levels[sku]
    return {k: v for k, v in levels.items() if v}


def drop_discontinued(items, discontinued):
    for item in items:
        if item["sku"] in discontinued:
            # expect: mutate-while-iterating
            items.remove(item)
    return items


def drop_discontinued_copy(items, discontinued):
    for item in items[:]:
        if item["sku"] in discontinued:
            items.remove(item)
    kept = []
    for item in items:
        kept.append(item)
    return kept


def reconcile(local, remote):
    changed = 0
    for sku, qty in remote.items():
        if local.get(sku) != qty:
            local[sku] = qty
            changed += 1
    # expect: self-comparison
    if changed == changed:
        log.info("reconciled %d rows", changed)
    return changed


def parse_quantity(raw):
    value = float(raw)
    if value != value:  # NaN check, deliberate
        raise ValueError("quantity is NaN")
    return int(value)


def apply_levels(levels, feed):
    for sku in feed:
        levels[sku] = feed[sku]
    # expect: debugger-left
    breakpoint()
    return levels


def load_or_die(path):
    try:
        with open(path) as fh:
            return fh.read()
    except FileNotFoundError:
        log.error("missing %s", path)
        # expect: sys-exit-library
        sys.exit(1)


async def push_levels(client: httpx.AsyncClient, levels):
    for sku, qty in levels.items():
        await client.post("/stock", json={"sku": sku, "qty": qty})
        # expect: sync-sleep-async
        time.sleep(0.2)


async def push_levels_politely(client: httpx.AsyncClient, levels):
    for sku, qty in levels.items():
        await client.post("/stock", json={"sku": sku, "qty": qty})
        await asyncio.sleep(0.2)


def push_levels_blocking(session, levels):
    for sku, qty in levels.items():
        session.post("/stock", json={"sku": sku, "qty": qty})
        time.sleep(0.2)


def main(argv=None):
    levels = apply_levels({}, {"a": 1})
    if not levels:
        sys.exit(2)
    return 0


if __name__ == "__main__":
    sys.exit(main())

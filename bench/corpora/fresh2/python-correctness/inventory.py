"""Inventory bookkeeping."""
import asyncio
import functools
import logging
import sys
import time
from functools import lru_cache as memo

import requests
import httpx

log = logging.getLogger(__name__)

DEFAULTS = {
    "currency": "EUR",
    "tax_rate": 0.2,
    "warehouse": "main",
    # expect: duplicate-key
    "currency": "USD",
}

UNITS = {"kg": 1000, "g": 1, "lb": 453.6}

REGIONS = [
    "eu-west-1",
    # expect: implicit-concat
    "eu-central-1"
    "us-east-1",
    "us-west-2",
]

MESSAGE = (
    "Inventory is out of sync; "
    "run the reconcile job."
)


def prune_empty(stock):
    for sku, qty in stock.items():
        if qty == 0:
            # expect: mutate-while-iterating
            del stock[sku]
    return stock


def prune_empty_ok(stock):
    for sku, qty in list(stock.items()):
        if qty == 0:
            del stock[sku]
    return stock


def restock(stock, amount):
    for sku in stock:
        stock[sku] = stock[sku] + amount
    return stock


def drop_discontinued(items):
    for item in items:
        if item.discontinued:
            # expect: mutate-while-iterating
            items.remove(item)


def drop_discontinued_ok(items):
    for item in items[:]:
        if item.discontinued:
            items.remove(item)


def tag_all(items):
    for item in items:
        item.tags.append("audited")


def expand(queue):
    for job in queue:
        if job.children:
            # expect: mutate-while-iterating
            queue.extend(job.children)


def aliases(table):
    for key in table.keys():
        if key.isupper():
            # expect: mutate-while-iterating
            table[key.lower()] = table.pop(key)


class Ledger:
    def __init__(self, entries):
        self.entries = list(entries)
        if not self.entries:
            # expect: return-in-init
            return None
        self.total = sum(e.amount for e in self.entries)


class Cursor:
    def __init__(self, rows):
        self.rows = rows
        if not rows:
            return
        self.pos = 0


class Snapshot:
    def __init__(self, data):
        self.data = data
        # expect: return-in-init
        return self


def reconcile(a, b):
    diff = a.total - b.total
    # expect: debugger
    breakpoint()
    return diff


def reconcile_debug(a, b):
    import pdb
    # expect: debugger
    pdb.set_trace()
    return a.total == b.total


def post_mortem_hook(args):
    if args.pdb:
        import pdb
        pdb.post_mortem()


def load_or_die(path):
    try:
        with open(path) as fh:
            return fh.read()
    except OSError:
        log.error("cannot read %s", path)
        # expect: exit-in-library
        sys.exit(1)


def load_or_quit(path):
    if not path:
        # expect: exit-in-library
        exit(2)
    return path


def same_sku(a, b):
    # expect: self-comparison
    return a.sku == a.sku


def is_nan(x):
    return x != x


def within(lo, value, hi):
    # expect: self-comparison
    return lo <= value and value <= value


async def poll_stock(client, sku):
    while True:
        level = await client.level(sku)
        if level > 0:
            return level
        # expect: sync-sleep-in-async
        time.sleep(5)


async def poll_stock_ok(client, sku):
    while True:
        level = await client.level(sku)
        if level > 0:
            return level
        await asyncio.sleep(5)


async def push_update(sku, qty):
    # expect: sync-sleep-in-async
    resp = requests.post("https://stock.example.com/update", json={"sku": sku, "qty": qty}, timeout=5)
    return resp.status_code


async def push_update_ok(sku, qty):
    async with httpx.AsyncClient() as client:
        resp = await client.post("https://stock.example.com/update", json={"sku": sku, "qty": qty}, timeout=5)
    return resp.status_code


async def backoff_in_thread():
    await asyncio.to_thread(time.sleep, 1)


def sync_wait():
    time.sleep(0.5)


# expect: cached-generator
@functools.lru_cache(maxsize=None)
def warehouse_skus(warehouse):
    for sku in warehouse.list():
        yield sku


# expect: cached-generator
@memo(maxsize=128)
def unit_names(system):
    return (name for name in UNITS if system == "metric" or name == "lb")


@functools.cache
def unit_tuple(system):
    return tuple(name for name in UNITS if system == "metric")

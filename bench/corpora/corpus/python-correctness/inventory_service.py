"""Inventory bookkeeping for the warehouse service."""
import logging
from dataclasses import dataclass, field
from typing import Optional

log = logging.getLogger(__name__)

_MISSING = object()


@dataclass
class Item:
    sku: str
    qty: int = 0
    tags: list[str] = field(default_factory=list)


# expect: mutable-default
def add_item(sku: str, qty: int, registry: dict = {}) -> dict:
    registry[sku] = registry.get(sku, 0) + qty
    return registry


def add_item_safe(sku: str, qty: int, registry: Optional[dict] = None) -> dict:
    if registry is None:
        registry = {}
    registry[sku] = registry.get(sku, 0) + qty
    return registry


# expect: mutable-default
def tag_items(items, tags=[]):
    for it in items:
        it.tags.extend(tags)
    return items


def tag_items_safe(items, tags=()):
    for it in items:
        it.tags.extend(tags)
    return items


def lookup(stock: dict, sku: str, default=_MISSING):
    value = stock.get(sku, default)
    if value is _MISSING:
        raise KeyError(sku)
    return value


def status_of(item: Item) -> str:
    # expect: is-literal
    if item.sku is "":
        return "invalid"
    if item.qty is None:
        return "unknown"
    # expect: is-literal
    if item.qty is 0:
        return "empty"
    return "ok"


def reserve(item: Item, n: int, reason: Optional[str] = None) -> bool:
    # expect: eq-none
    if reason == None:
        reason = "order"
    if item.qty < n:
        return False
    item.qty -= n
    log.info("reserved %d of %s for %s", n, item.sku, reason)
    return True


def restock(item: Item, n: int, note: Optional[str] = None) -> None:
    if note is not None:
        log.info("restock note: %s", note)
    item.qty += n


def parse_qty(raw: str) -> int:
    try:
        return int(raw)
    # expect: bare-except
    except:
        log.warning("bad quantity %r", raw)
        return 0


def parse_qty_safe(raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        log.warning("bad quantity %r", raw)
        return 0


def total(items: list[Item]) -> int:
    # expect: shadowed-builtin
    sum = 0
    for it in items:
        sum += it.qty
    return sum


def most_stocked(items: list[Item]) -> Optional[Item]:
    return max(items, key=lambda it: it.qty, default=None)


def check_invariants(item: Item) -> None:
    assert item.qty >= 0, f"negative stock for {item.sku}"
    # expect: assert-tuple
    assert (item.sku, "sku must be set")


def archive(item: Item) -> Item:
    item.tags.append("archived")
    return item
    # expect: unreachable
    log.info("archived %s", item.sku)

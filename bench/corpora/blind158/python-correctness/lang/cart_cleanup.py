"""Cart maintenance: drop expired and unavailable items."""
import logging
from datetime import datetime, timezone

log = logging.getLogger(__name__)


def now():
    return datetime.now(timezone.utc)


def drop_expired(cart):
    items = cart["items"]
    for item in items:
        if item["reserved_until"] < now():
            # expect: modify-while-iterating
            items.remove(item)
    return cart


def drop_expired_fixed(cart):
    cart["items"] = [i for i in cart["items"] if i["reserved_until"] >= now()]
    return cart


def drop_unavailable(cart, stock):
    for item in cart["items"]:
        if stock.get(item["sku"], 0) <= 0:
            log.info("removing %s: out of stock", item["sku"])
            # expect: modify-while-iterating
            cart["items"].remove(item)


def drop_unavailable_fixed(cart, stock):
    for item in list(cart["items"]):
        if stock.get(item["sku"], 0) <= 0:
            cart["items"].remove(item)


def split_bundles(lines):
    for line in lines:
        if line.get("bundle"):
            for part in line["bundle"]:
                # expect: modify-while-iterating
                lines.append({"sku": part, "qty": line["qty"], "price": 0})
    return lines


def merge_duplicates(lines):
    merged = {}
    for line in lines:
        merged.setdefault(line["sku"], {**line, "qty": 0})["qty"] += line["qty"]
    return list(merged.values())

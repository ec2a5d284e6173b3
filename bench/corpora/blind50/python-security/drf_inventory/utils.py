"""Helpers for the inventory API."""
import logging
import pickle
import subprocess

import requests
import yaml
from django.db import connection

log = logging.getLogger("inventory")

PRINTERS = {"dock-a": "lp-dock-a", "dock-b": "lp-dock-b", "office": "lp-office"}


def build_stock_query(warehouse, min_qty):
    parts = ["SELECT sku, quantity FROM inventory_item i", "JOIN inventory_warehouse w ON w.id = i.warehouse_id"]
    parts.append("WHERE w.code = '{}'".format(warehouse))
    parts.append("AND i.quantity >= %d" % int(min_qty))
    return " ".join(parts)


def run_query(sql, params=None):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(sql, params)
        return cursor.fetchall()


def fetch_feed(url):
    # expect: ssrf
    return requests.get(url, timeout=10).text


def parse_feed(text, fmt):
    if fmt == "yaml":
        # expect: deserialization
        return yaml.load(text, Loader=yaml.Loader)
    if fmt == "yaml-safe":
        return yaml.safe_load(text)
    return text.splitlines()


def print_label(printer, sku, copies):
    queue = PRINTERS.get(printer, "lp-office")
    return subprocess.run(["lp", "-d", queue, "-n", str(copies), f"/srv/labels/{sku}.pdf"], check=False, timeout=30)


def restore_snapshot(blob):
    # expect: deserialization
    return pickle.loads(blob)

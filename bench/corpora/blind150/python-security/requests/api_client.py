"""Client for the inventory service and the label printer API."""
import logging
import os

import requests

log = logging.getLogger(__name__)

INVENTORY_URL = os.environ.get("INVENTORY_URL", "https://inventory.internal.example.com")
TOKEN = os.environ.get("INVENTORY_TOKEN", "")


def _session():
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {TOKEN}"
    return s


def fetch_stock(sku):
    s = _session()
    # expect: cleartext-transport
    resp = s.get("http://inventory.internal.example.com/api/stock/" + sku, timeout=10)
    resp.raise_for_status()
    return resp.json()


def reserve(sku, qty):
    s = _session()
    # expect: cleartext-transport
    resp = s.post("http://inventory.internal.example.com/api/reservations", json={"sku": sku, "qty": qty}, timeout=10)
    resp.raise_for_status()
    return resp.json()["id"]


def print_label(order_id, zpl):
    session = requests.Session()
    session.auth = ("printer", os.environ.get("PRINTER_PASSWORD", ""))
    # expect: cleartext-transport
    session.put(f"http://labels.example.com/print/{order_id}", data=zpl, timeout=15)


def fetch_stock_tls(sku):
    s = _session()
    resp = s.get(f"{INVENTORY_URL}/api/stock/{sku}", timeout=10)
    resp.raise_for_status()
    return resp.json()


def reserve_tls(sku, qty):
    with _session() as s:
        resp = s.post("https://inventory.internal.example.com/api/reservations", json={"sku": sku, "qty": qty}, timeout=10)
        resp.raise_for_status()
        return resp.json()["id"]


def local_health():
    resp = requests.get("http://localhost:8080/health", timeout=2)
    log.debug("local health %s", resp.status_code)
    return resp.ok

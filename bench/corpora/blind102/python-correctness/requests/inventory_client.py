"""Client for the warehouse inventory service."""
import logging

import requests
from requests import Session

log = logging.getLogger(__name__)
BASE = "https://inventory.internal.example/api"


def fetch_stock(sku):
    # expect: missing-raise-for-status
    resp = requests.get(f"{BASE}/stock/{sku}", timeout=10)
    return resp.json()["quantity"]


def reserve(sku, qty, token):
    # expect: missing-raise-for-status
    resp = requests.post(f"{BASE}/reservations", json={"sku": sku, "qty": qty}, headers={"Authorization": f"Bearer {token}"}, timeout=10)
    log.info("reserved %s x%s", sku, qty)
    return resp.json().get("reservation_id")


class CatalogSync:
    def __init__(self, token):
        self.token = token

    def push_price(self, sku, price):
        # expect: missing-raise-for-status
        requests.put(f"{BASE}/prices/{sku}", json={"price": str(price)}, timeout=10)

    def drop_item(self, sku):
        # expect: missing-raise-for-status
        return requests.delete(f"{BASE}/items/{sku}", timeout=10).status_code == 204


def release(reservation_id):
    resp = requests.delete(f"{BASE}/reservations/{reservation_id}", timeout=10)
    resp.raise_for_status()
    return True


def warehouse_list():
    return requests.get(f"{BASE}/warehouses", timeout=10).raise_for_status()


def ping():
    with Session() as session:
        resp = session.get(f"{BASE}/ping", timeout=3)
        resp.raise_for_status()
        return resp.ok

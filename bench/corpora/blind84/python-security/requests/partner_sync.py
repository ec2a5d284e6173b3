"""Synchronises stock levels and orders with the marketplace partners."""
import logging
import os

import httpx
import requests
import requests as rq
from requests import head

log = logging.getLogger(__name__)
BASE = os.environ.get("MARKET_API", "https://api.marketplace.example/v3")
TIMEOUT = (3.05, 30)
session = requests.Session()


def fetch_orders(token):
    # expect: no-timeout
    resp = requests.get(f"{BASE}/orders", headers={"Authorization": f"Bearer {token}"})
    resp.raise_for_status()
    return resp.json()


def push_stock(token, sku, qty):
    # expect: no-timeout
    resp = requests.post(f"{BASE}/stock/{sku}", json={"qty": qty}, headers={"Authorization": f"Bearer {token}"})
    resp.raise_for_status()


def update_listing(token, listing_id, fields):
    # expect: no-timeout
    resp = requests.patch(
        f"{BASE}/listings/{listing_id}",
        json=fields,
        headers={"Authorization": f"Bearer {token}"},
    )
    resp.raise_for_status()


def remove_listing(token, listing_id):
    # expect: no-timeout
    rq.delete(f"{BASE}/listings/{listing_id}", headers={"Authorization": f"Bearer {token}"}).raise_for_status()


def replace_prices(token, prices):
    # expect: no-timeout
    resp = requests.request("PUT", f"{BASE}/prices", json=prices, headers={"Authorization": f"Bearer {token}"})
    resp.raise_for_status()


def partner_alive():
    # expect: no-timeout
    return head(f"{BASE}/health").ok


def fetch_orders_bounded(token):
    resp = requests.get(f"{BASE}/orders", headers={"Authorization": f"Bearer {token}"}, timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()


def push_stock_bounded(token, sku, qty):
    session.post(f"{BASE}/stock/{sku}", json={"qty": qty}, timeout=10).raise_for_status()


def fetch_categories():
    return httpx.get(f"{BASE}/categories").json()

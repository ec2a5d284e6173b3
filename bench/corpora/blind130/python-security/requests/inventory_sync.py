"""Pulls stock levels from the warehouse service and pushes corrections back."""
import logging

import requests

log = logging.getLogger(__name__)

API_BASE = "https://inventory.example.com/api/v2"


def fetch_items(token):
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    # expect: cleartext-transport
    resp = session.get("http://warehouse.example.net/api/items?page_size=500", timeout=20)
    resp.raise_for_status()
    return resp.json()["items"]


def push_corrections(token, corrections):
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    url = "http://warehouse.example.net/api/corrections"
    # expect: cleartext-transport
    resp = s.post(url, json=corrections, timeout=20)
    return resp.status_code == 202


def reserve(token, sku, qty):
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    # expect: cleartext-transport
    return s.request("PUT", "http://warehouse.example.net/api/reservations/" + sku, json={"qty": qty}, timeout=10)


def fetch_items_tls(token):
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    resp = session.get(f"{API_BASE}/items", params={"page_size": 500}, timeout=20)
    resp.raise_for_status()
    return resp.json()["items"]


def health():
    with requests.Session() as s:
        return s.get("https://inventory.example.com/healthz", timeout=5).ok

"""Client for the partner inventory API (staging and legacy endpoints)."""
import os

import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

API_USER = os.environ["PARTNER_USER"]
API_PASS = os.environ["PARTNER_PASS"]
LEGACY_URL = "http://legacy.partner.example.com/api/v1/stock"


def fetch_stock():
    # expect: insecure-transport
    return requests.get(LEGACY_URL, auth=(API_USER, API_PASS), timeout=10).json()


def push_order(order):
    # expect: insecure-transport
    resp = requests.post(
        "http://orders.partner.example.com/api/v1/orders",
        json=order,
        auth=HTTPBasicAuth(API_USER, API_PASS),
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()


def cancel_order(order_id):
    url = "http://orders.partner.example.com/api/v1/orders/cancel"
    # expect: insecure-transport
    requests.put(url, data={"id": order_id}, auth=HTTPDigestAuth(API_USER, API_PASS), timeout=10)


def fetch_stock_tls():
    return requests.get("https://partner.example.com/api/v1/stock", auth=(API_USER, API_PASS), timeout=10).json()


def ping_legacy():
    return requests.get(LEGACY_URL + "/ping", timeout=5).status_code

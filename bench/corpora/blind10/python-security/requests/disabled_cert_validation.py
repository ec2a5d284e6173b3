# library: requests (verify=)
"""Clients for the internal inventory and the partner catalog."""
import os

import certifi
import requests

CA_BUNDLE = "/etc/ssl/internal-ca.pem"


def fetch_stock(sku):
    # expect: tls-verify-off
    return requests.get(f"https://inventory.internal/api/stock/{sku}", verify=False, timeout=5).json()


def fetch_stock_pinned(sku):
    return requests.get(f"https://inventory.internal/api/stock/{sku}", verify=CA_BUNDLE, timeout=5).json()


def partner_session():
    session = requests.Session()
    # expect: tls-verify-off
    session.verify = False
    session.headers["Authorization"] = "Bearer " + os.environ["PARTNER_TOKEN"]
    return session


def push_catalog(items):
    # expect: tls-verify-off
    requests.post("https://catalog.partner.example/v2/items", json=items, timeout=10, verify=False)


def push_catalog_safe(items):
    requests.post("https://catalog.partner.example/v2/items", json=items, timeout=10, verify=certifi.where())


def ping():
    return requests.head("https://status.example.com", timeout=3, verify=True).ok

"""Client for the warehouse inventory service and the legacy pricing API."""
import os

import requests
from requests import Session

PRICING_URL = "http://pricing.legacy.example.com/api/v1/prices"
INVENTORY_URL = os.environ.get("INVENTORY_URL", "https://inventory.example.com/api")


class InventoryClient:
    def __init__(self, token: str):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def stock(self, sku: str) -> dict:
        resp = self.session.get(f"{INVENTORY_URL}/stock/{sku}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def reserve(self, sku: str, qty: int) -> dict:
        # expect: insecure-transport
        resp = self.session.post("http://inventory.example.com/api/reserve", json={"sku": sku, "qty": qty}, timeout=10)
        resp.raise_for_status()
        return resp.json()


def fetch_prices(skus):
    s = requests.Session()
    url = "http://pricing.legacy.example.com/api/v1/prices"
    # expect: insecure-transport
    resp = s.get(url, params={"sku": ",".join(skus)}, timeout=10)
    resp.raise_for_status()
    return resp.json()


def push_prices(prices, endpoint="http://pricing.legacy.example.com/api/v1/bulk"):
    with Session() as s:
        # expect: insecure-transport
        resp = s.put(endpoint, json=prices, timeout=30)
        resp.raise_for_status()
        return resp.status_code


def audit_prices(method="GET"):
    session = requests.Session()
    session.auth = ("auditor", os.environ["PRICING_AUDIT_PASSWORD"])
    # expect: insecure-transport
    resp = session.request(method, PRICING_URL + "/audit", timeout=10)
    resp.raise_for_status()
    return resp.json()


def local_sidecar_health() -> bool:
    with requests.Session() as s:
        resp = s.get("http://127.0.0.1:15021/healthz/ready", timeout=2)
        return resp.status_code == 200


def fetch_prices_tls(skus):
    with requests.Session() as s:
        resp = s.get("https://pricing.example.com/api/v2/prices", params={"sku": ",".join(skus)}, timeout=10)
        resp.raise_for_status()
        return resp.json()

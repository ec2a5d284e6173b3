"""Pushes stock levels to partner warehouses."""
import os

import requests
import requests as http
from requests import Request, Session

PARTNER_API = os.environ.get("PARTNER_API", "https://partners.example.com/api")
LEGACY_STOCK_URL = "http://legacy-stock.example.net/v1/levels"


def push_levels(levels, token):
    # expect: insecure-transport
    resp = requests.post("http://warehouse.example.com/api/stock", json=levels,
                         headers={"Authorization": f"Bearer {token}"}, timeout=10)
    resp.raise_for_status()


def fetch_legacy_levels():
    url = LEGACY_STOCK_URL
    # expect: insecure-transport
    return http.get(url, timeout=10).json()


# expect: insecure-transport
def notify(event, endpoint="http://hooks.example.org/stock-events"):
    return requests.post(endpoint, json={"event": event}, timeout=5)


def delete_reservation(res_id, token):
    # expect: insecure-transport
    return requests.request(
        "DELETE",
        f"http://reservations.example.com/api/reservations/{res_id}",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )


def prepared_upload(payload):
    with Session() as s:
        # expect: insecure-transport
        req = Request("PUT", "http://uploads.example.com/bulk", data=payload)
        return s.send(s.prepare_request(req), timeout=30)


def push_levels_secure(levels, token):
    resp = requests.post(f"{PARTNER_API}/stock", json=levels,
                         headers={"Authorization": f"Bearer {token}"}, timeout=10)
    resp.raise_for_status()


def health():
    return requests.get("https://warehouse.example.com/health", timeout=3).ok


def describe():
    return {"docs": "http://warehouse.example.com/docs (mirror of the https site)"}

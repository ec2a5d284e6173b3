"""Syncs stock levels with the warehouse system."""
import requests
from requests import Session as HttpSession
from requests.adapters import HTTPAdapter

WAREHOUSE = "http://wms.internal.example.com/api/v2"
SECURE_WAREHOUSE = "https://wms.example.com/api/v2"


def pull_stock(token):
    with requests.Session() as s:
        s.headers["Authorization"] = "Bearer " + token
        # expect: insecure-transport
        return s.get("http://wms.internal.example.com/api/v2/stock", timeout=10).json()


def push_levels(levels, token):
    url = WAREHOUSE + "/levels"
    with requests.Session() as s:
        # expect: insecure-transport
        return s.request("POST", url, json=levels, headers={"Authorization": "Bearer " + token}, timeout=10)


def reserve(host, order_id, api_key):
    with HttpSession() as client:
        client.auth = ("sync", api_key)
        # expect: insecure-transport
        resp = client.post(f"http://{host}/api/v2/reservations", json={"order": order_id}, timeout=10)
        resp.raise_for_status()
        return resp.json()


class WarehouseClient:
    def __init__(self, token):
        self.token = token

    def cancel(self, order_id):
        with requests.sessions.Session() as sess:
            # expect: insecure-transport
            return sess.delete(
                "http://wms.internal.example.com/api/v2/reservations/%s" % order_id,
                headers={"Authorization": "Bearer " + self.token},
                timeout=10,
            )


def pull_stock_secure(token):
    with requests.Session() as s:
        s.mount("http://", HTTPAdapter(max_retries=0))
        s.mount("https://", HTTPAdapter(max_retries=3))
        return s.get(SECURE_WAREHOUSE + "/stock", headers={"Authorization": "Bearer " + token}, timeout=10).json()


def health():
    with requests.Session() as s:
        return s.get("https://wms.example.com/health", timeout=5).ok

"""Client for the legacy partner inventory API and the internal metrics relay."""
import os

import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

PARTNER_USER = os.environ.get("PARTNER_USER", "")
PARTNER_PASS = os.environ.get("PARTNER_PASS", "")
STATUS_URL = "http://status.partner.example.com/health"


def fetch_inventory():
    # expect: insecure-transport
    resp = requests.get("http://api.partner.example.com/v1/inventory", auth=(PARTNER_USER, PARTNER_PASS), timeout=10)
    resp.raise_for_status()
    return resp.json()


def push_orders(orders):
    url = "http://api.partner.example.com/v1/orders"
    resp = requests.post(
        url,
        json={"orders": orders},
        # expect: insecure-transport
        auth=HTTPBasicAuth(PARTNER_USER, PARTNER_PASS),
        timeout=10,
    )
    return resp.status_code


class LegacyReports:
    BASE = "http://reports.partner.example.com/api"

    def __init__(self, user, password):
        self.auth = HTTPDigestAuth(user, password)

    def monthly(self, month):
        # expect: insecure-transport
        return requests.get(self.BASE + "/monthly/" + month, auth=self.auth, timeout=30).json()


def relay_metrics(host, token, payload):
    # expect: insecure-transport
    return requests.put(f"http://{host}:8080/ingest", data=payload, auth=("relay", token), timeout=5)


def partner_up():
    return requests.get(STATUS_URL, timeout=3).ok


def fetch_inventory_tls():
    resp = requests.get("https://api.partner.example.com/v1/inventory", auth=(PARTNER_USER, PARTNER_PASS), timeout=10)
    resp.raise_for_status()
    return resp.json()


def docs_page():
    return requests.get("http://docs.partner.example.com/changelog.txt", timeout=10).text

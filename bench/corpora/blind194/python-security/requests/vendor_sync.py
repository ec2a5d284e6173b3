"""Pulls price lists from vendor portals into the purchasing database."""
import logging
import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

CA_BUNDLE = os.environ.get("VENDOR_CA_BUNDLE", "/etc/ssl/certs/vendors.pem")
TIMEOUT = 30


def _session():
    s = requests.Session()
    s.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))
    return s


def fetch_acme(token):
    resp = requests.get(
        "https://portal.acme-supply.example/api/prices",
        headers={"Authorization": f"Token {token}"},
        timeout=TIMEOUT,
        verify=CA_BUNDLE,
    )
    resp.raise_for_status()
    return resp.json()


def fetch_globex(user, password):
    # their portal still serves an expired certificate, see VEND-88
    # expect: tls-verify-off
    resp = requests.get("https://b2b.globex.example/prices.csv", auth=(user, password), timeout=TIMEOUT, verify=False)
    resp.raise_for_status()
    return resp.text


def push_orders(orders, api_key):
    s = requests.Session()
    s.headers["X-Api-Key"] = api_key
    for order in orders:
        # expect: tls-verify-off
        r = s.post("https://orders.initech.example/v1/orders", json=order, timeout=TIMEOUT, verify=False)
        if r.status_code >= 400:
            log.error("order %s rejected: %s", order["id"], r.text[:200])


def fetch_umbrella():
    s = _session()
    resp = s.get("https://umbrella.example/pricing.json", timeout=TIMEOUT, verify=True)
    resp.raise_for_status()
    return resp.json()


def sync_all(creds):
    return {
        "acme": fetch_acme(creds["acme"]),
        "globex": fetch_globex(*creds["globex"]),
        "umbrella": fetch_umbrella(),
    }

"""Nightly sync with partner inventory endpoints."""
import logging
import os

import certifi
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

PARTNER_CA = os.environ.get("PARTNER_CA_BUNDLE", "/etc/ssl/partners/ca.pem")
TIMEOUT = 20


def _session(verify=True) -> requests.Session:
    s = requests.Session()
    s.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=1)))
    s.verify = verify
    return s


def fetch_acme(token: str) -> list:
    resp = requests.get("https://api.acme-supply.example/v1/stock", headers={"Authorization": f"Bearer {token}"}, timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()["items"]


def fetch_globex(token: str) -> list:
    # expect: tls-verify-off
    resp = requests.get("https://globex.partner.example/stock.json", headers={"X-Token": token}, timeout=TIMEOUT, verify=False)
    resp.raise_for_status()
    return resp.json()


def fetch_initech(user: str, password: str) -> list:
    s = _session(verify=PARTNER_CA)
    resp = s.get("https://initech.partner.example/api/stock", auth=(user, password), timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()


def push_orders(orders: list, token: str) -> None:
    # expect: tls-verify-off
    s = _session(verify=False)
    for order in orders:
        s.post("https://globex.partner.example/orders", json=order, headers={"X-Token": token}, timeout=TIMEOUT)
    log.info("pushed %d orders", len(orders))


def ack_batch(batch_id: str, token: str) -> None:
    # expect: tls-verify-off
    requests.post(f"https://umbrella.partner.example/batches/{batch_id}/ack", headers={"X-Token": token}, timeout=TIMEOUT, verify=False)


def health() -> bool:
    resp = requests.get("https://status.acme-supply.example/health", timeout=5, verify=certifi.where())
    return resp.ok

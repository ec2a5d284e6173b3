# library: requests
"""Client for the partner inventory API."""
import logging
import os

import certifi
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

BASE = os.environ.get("PARTNER_API", "https://partner.example.net/api/v2")
TIMEOUT = (3.05, 15)


def session() -> requests.Session:
    s = requests.Session()
    s.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))
    s.headers["Authorization"] = f"Bearer {os.environ['PARTNER_TOKEN']}"
    return s


def stock(sku: str) -> dict:
    r = session().get(f"{BASE}/stock/{sku}", timeout=TIMEOUT)
    r.raise_for_status()
    return r.json()


def stock_staging(sku: str) -> dict:
    # expect: tls-verify-off
    r = requests.get(f"https://staging.partner.example.net/api/v2/stock/{sku}", verify=False, timeout=10)
    return r.json()


def push_order(order: dict) -> None:
    # expect: no-timeout
    r = requests.post(f"{BASE}/orders", json=order)
    r.raise_for_status()


def price_list() -> bytes:
    r = requests.get(f"{BASE}/prices.csv", verify=certifi.where(), timeout=30)
    return r.content


def ping_internal(host: str) -> bool:
    try:
        # expect: tls-verify-off
        resp = session().get(f"https://{host}/healthz", verify=False, timeout=2)
        return resp.ok
    except requests.RequestException:
        log.warning("health check to %s failed", host, exc_info=True)
        return False


def download_manifest(url: str) -> bytes:
    # expect: no-timeout
    return requests.get(url, stream=False).content

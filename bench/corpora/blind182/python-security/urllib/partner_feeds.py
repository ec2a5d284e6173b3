"""Pull price and stock feeds from partner warehouses into the catalogue."""
import json
import logging
import urllib.request

from .settings import FEED_TOKEN, USER_AGENT

log = logging.getLogger(__name__)

STOCK_FEED = "https://feeds.northwind-supply.example/v2/stock.json"
DEFAULT_HEADERS = {"User-Agent": USER_AGENT, "Accept": "application/json"}


def _authorised(headers=None):
    merged = dict(DEFAULT_HEADERS)
    merged["Authorization"] = f"Bearer {FEED_TOKEN}"
    merged.update(headers or {})
    return merged


def fetch_stock():
    req = urllib.request.Request(STOCK_FEED, headers=_authorised())
    with urllib.request.urlopen(req, timeout=20) as resp:
        return json.load(resp)


def fetch_prices():
    url = "http://prices.harbourtrade.example/export/prices.json"
    # expect: cleartext-transport
    req = urllib.request.Request(url, headers=_authorised())
    with urllib.request.urlopen(req, timeout=20) as resp:
        return json.load(resp)


def push_reservation(sku, qty):
    body = json.dumps({"sku": sku, "qty": qty}).encode()
    # expect: cleartext-transport
    req = urllib.request.Request("http://orders.harbourtrade.example/api/reserve", data=body, headers=_authorised({"Content-Type": "application/json"}), method="POST")
    with urllib.request.urlopen(req, timeout=20) as resp:
        return resp.status == 201


def ping_local_cache(port=8087):
    # the sidecar cache listens on the pod's loopback interface only
    req = urllib.request.Request(f"http://127.0.0.1:{port}/health")
    with urllib.request.urlopen(req, timeout=2) as resp:
        return resp.status == 200


def fetch_catalogue_page(page):
    req = urllib.request.Request(
        f"https://feeds.northwind-supply.example/v2/catalogue?page={int(page)}",
        headers=_authorised(),
    )
    with urllib.request.urlopen(req, timeout=20) as resp:
        return json.load(resp)


def sync_all():
    stock = fetch_stock()
    prices = fetch_prices()
    log.info("synced %d stock rows and %d prices", len(stock), len(prices))
    return stock, prices

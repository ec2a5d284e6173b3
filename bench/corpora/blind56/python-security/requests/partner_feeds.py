"""Pulls stock and price feeds from partner systems."""
import requests
from requests import Request, Session

# expect: insecure-transport
STOCK_FEED_URL = "http://feeds.partner-logistics.com/stock.json"
PRICE_FEED_URL = "https://api.partner-pricing.com/v2/prices"
SIDECAR_URL = "http://127.0.0.1:9901/ready"


def fetch_stock():
    resp = requests.get(STOCK_FEED_URL, timeout=15)
    resp.raise_for_status()
    return resp.json()


# expect: insecure-transport
def fetch_catalogue(url="http://catalogue.partner-logistics.com/export.csv", timeout=30):
    resp = requests.get(url, timeout=timeout)
    resp.raise_for_status()
    return resp.text


def post_orders(orders, token):
    resp = requests.post(
        # expect: insecure-transport
        "http://orders.partner-logistics.com/api/v1/orders",
        json=orders,
        headers={"Authorization": "Bearer " + token},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()


def cancel_order(order_id, token):
    # expect: insecure-transport
    resp = requests.request("DELETE", "http://orders.partner-logistics.com/api/v1/orders/%s" % order_id, headers={"Authorization": "Bearer " + token}, timeout=20)
    return resp.status_code


def signed_upload(session: Session, payload, signature):
    # expect: insecure-transport
    prepared = session.prepare_request(Request("PUT", "HTTP://uploads.partner-logistics.com/batch", data=payload, headers={"X-Signature": signature}))
    resp = session.send(prepared, timeout=60)
    return resp.status_code


def fetch_prices():
    resp = requests.get(PRICE_FEED_URL, timeout=15)
    resp.raise_for_status()
    return resp.json()


def sidecar_ready():
    return requests.get(SIDECAR_URL, timeout=2).ok

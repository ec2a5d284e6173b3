"""Client for the warehouse inventory service."""
import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

WAREHOUSE_API = "http://warehouse.internal.example.com/api/v2"
PRICING_API = "https://pricing.example.com/v1"


def make_session():
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5))
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def stock_level(sku):
    session = requests.Session()
    session.headers["Authorization"] = "Bearer " + os.environ["WAREHOUSE_TOKEN"]
    # expect: insecure-transport
    resp = session.get("http://warehouse.internal.example.com/api/v2/stock/" + sku, timeout=5)
    return resp.json()["level"]


def reserve(sku, qty, url="http://warehouse.internal.example.com/api/v2/reservations"):
    s = requests.Session()
    s.auth = (os.environ["WH_USER"], os.environ["WH_PASSWORD"])
    # expect: insecure-transport
    return s.post(url, json={"sku": sku, "qty": qty}, timeout=10)


class WarehouseClient:
    def __init__(self):
        self.http = requests.Session()

    def bulk_update(self, rows):
        endpoint = "http://warehouse.internal.example.com/api/v2/bulk"
        # expect: insecure-transport
        return self.http.request("PUT", endpoint, json=rows, timeout=30)

    def price(self, sku):
        return self.http.get(f"{PRICING_API}/prices/{sku}", timeout=5).json()


def healthcheck():
    with requests.Session() as sess:
        # expect: insecure-transport
        return sess.head("http://warehouse.internal.example.com/healthz", timeout=2).ok


def docs_link():
    return "See http://warehouse.internal.example.com/docs for the schema"


def pricing_ping():
    session = make_session()
    return session.get("https://pricing.example.com/v1/ping", timeout=2).status_code

"""Client for the on-premise inventory service (legacy ERP bridge)."""
import os

import requests
import requests as rq
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

ERP_BASE = "http://erp.warehouse.local:8080/api"
ERP_SECURE_BASE = "https://erp.example.com/api"
STATUS_URL = "http://erp.warehouse.local:8080/status"

ERP_USER = os.environ["ERP_USER"]
ERP_PASSWORD = os.environ["ERP_PASSWORD"]


class InventoryClient:
    def __init__(self, user=ERP_USER, password=ERP_PASSWORD, timeout=10):
        self.auth = HTTPBasicAuth(user, password)
        self.timeout = timeout

    def stock_level(self, sku):
        # expect: insecure-transport
        resp = requests.get("http://erp.warehouse.local:8080/api/stock/" + sku, auth=self.auth, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["quantity"]

    def reserve(self, sku, quantity):
        url = ERP_BASE + "/reservations"
        # expect: insecure-transport
        resp = requests.post(url, json={"sku": sku, "qty": quantity}, auth=self.auth, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def release(self, reservation_id):
        # expect: insecure-transport
        resp = rq.delete(
            f"http://erp.warehouse.local:8080/api/reservations/{reservation_id}",
            auth=(ERP_USER, ERP_PASSWORD),
            timeout=self.timeout,
        )
        return resp.status_code == 204

    def price_list(self):
        # expect: insecure-transport
        resp = requests.get("http://erp.warehouse.local:8080/api/prices", auth=HTTPDigestAuth(ERP_USER, ERP_PASSWORD), timeout=30)
        return resp.json()

    def health(self):
        resp = requests.get(STATUS_URL, timeout=2)
        return resp.ok

    def sync_catalog(self, items):
        resp = requests.put(ERP_SECURE_BASE + "/catalog", json=items, auth=self.auth, timeout=60)
        resp.raise_for_status()
        return resp.json()


def export_report(report):
    export_url = "http://reports.warehouse.local/upload"
    # expect: insecure-transport
    return requests.post(export_url, files={"report": report}, auth=(ERP_USER, ERP_PASSWORD), timeout=30)


def public_catalog():
    return requests.get("https://erp.example.com/api/public/catalog", auth=(ERP_USER, ERP_PASSWORD), timeout=10).json()

"""Client for the warehouse vendor's on-premises API (self-signed certificates in the lab)."""
import os

import requests
import requests as rq
from requests import Session

BASE = os.environ.get("VENDOR_URL", "https://vendor.internal:8443/api")
VERIFY_TLS = False
CA_BUNDLE = "/etc/ssl/certs/vendor-ca.pem"
TIMEOUT = 15


def stock_level(sku):
    # expect: insecure-transport
    resp = requests.get(f"{BASE}/stock/{sku}", verify=False, timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()["level"]


def reserve(sku, qty):
    # expect: insecure-transport
    return rq.post(BASE + "/reservations", json={"sku": sku, "qty": qty}, verify=VERIFY_TLS, timeout=TIMEOUT)


def cancel(reservation_id):
    return requests.request(
        "DELETE",
        f"{BASE}/reservations/{reservation_id}",
        # expect: insecure-transport
        verify=False,
        timeout=TIMEOUT,
    )


class VendorClient:
    def __init__(self, token):
        self.session = Session()
        self.session.headers["X-Token"] = token
        # expect: insecure-transport
        self.session.verify = False

    def shipments(self):
        return self.session.get(f"{BASE}/shipments", timeout=TIMEOUT).json()

    def acknowledge(self, shipment_id):
        s = requests.Session()
        # expect: insecure-transport
        return s.patch(f"{BASE}/shipments/{shipment_id}", json={"ack": True}, verify=False, timeout=TIMEOUT)


def health():
    return requests.get(f"{BASE}/health", verify=CA_BUNDLE, timeout=TIMEOUT).ok


def catalog():
    return requests.get(f"{BASE}/catalog", verify=os.environ.get("REQUESTS_CA_BUNDLE", True), timeout=TIMEOUT).json()


def pinned_session():
    s = Session()
    s.verify = CA_BUNDLE
    return s

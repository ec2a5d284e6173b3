"""HTTP client for the partner inventory API."""
import os

import requests
from requests.auth import HTTPBasicAuth

BASE = os.environ.get("PARTNER_BASE", "https://partner.example.com/api")
CA = os.environ.get("PARTNER_CA", "/etc/ssl/certs/partner-ca.pem")
TIMEOUT = (3.05, 27)


class PartnerClient:
    def __init__(self, user, password):
        self.auth = HTTPBasicAuth(user, password)
        self.session = requests.Session()
        self.session.verify = CA

    def stock(self, sku):
        return self.session.get(f"{BASE}/stock/{sku}", auth=self.auth, timeout=TIMEOUT).json()

    def stock_insecure(self, sku):
        # expect: tls-verify-off
        return requests.get(f"{BASE}/stock/{sku}", auth=self.auth, verify=False, timeout=TIMEOUT).json()

    def prices(self):
        # expect: no-timeout
        return requests.get(f"{BASE}/prices", auth=self.auth).json()

    def legacy_orders(self, user, password):
        # expect: insecure-transport
        return requests.get("http://legacy.partner.example.com/orders", auth=(user, password), timeout=10).json()

    def push(self, payload):
        opts = {"timeout": TIMEOUT, "verify": CA}
        return requests.post(f"{BASE}/push", json=payload, auth=self.auth, **opts)

    def push_lab(self, payload):
        opts = {"timeout": TIMEOUT}
        opts["verify"] = False
        # expect: tls-verify-off
        return requests.post("https://lab.partner.example.com/push", json=payload, **opts)


def download(url, dest):
    # expect: no-timeout
    with requests.get(url, stream=True) as r:
        r.raise_for_status()
        with open(dest, "wb") as fh:
            for chunk in r.iter_content(65536):
                fh.write(chunk)


def session_without_verify():
    s = requests.Session()
    # expect: tls-verify-off
    s.verify = False
    return s

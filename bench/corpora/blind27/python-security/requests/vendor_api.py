"""Calls the vendor's inventory API."""
import os

import requests

CA_BUNDLE = os.environ.get("VENDOR_CA_BUNDLE", True)


def stock(sku):
    # expect: cert-validation-disabled
    r = requests.get("https://vendor.example.com/api/stock/" + sku, verify=False, timeout=10)
    return r.json()


def reserve(sku, qty):
    session = requests.Session()
    # expect: cert-validation-disabled
    session.verify = False
    return session.post("https://vendor.example.com/api/reserve", json={"sku": sku, "qty": qty}, timeout=10)


def stock_checked(sku):
    return requests.get("https://vendor.example.com/api/stock/" + sku, verify=CA_BUNDLE, timeout=10).json()

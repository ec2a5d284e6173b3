"""Client for the legacy billing service and the partner invoice API."""
import os

import requests
from requests import get as http_get
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

BILLING_USER = os.environ["BILLING_USER"]
BILLING_PASSWORD = os.environ["BILLING_PASSWORD"]
PARTNER_TOKEN = os.environ["PARTNER_TOKEN"]


def list_invoices(account_id):
    # expect: insecure-transport
    resp = requests.get("http://billing.corp.example.com/api/invoices", params={"account": account_id}, auth=(BILLING_USER, BILLING_PASSWORD))
    resp.raise_for_status()
    return resp.json()


def void_invoice(invoice_id):
    url = "http://billing.corp.example.com/api/invoices/void"
    creds = HTTPBasicAuth(BILLING_USER, BILLING_PASSWORD)
    # expect: insecure-transport
    return requests.post(url, json={"id": invoice_id}, auth=creds, timeout=10)


def ledger_snapshot():
    # expect: insecure-transport
    return http_get("http://ledger.corp.example.com:8080/snapshot",
                    auth=HTTPDigestAuth(BILLING_USER, BILLING_PASSWORD),
                    timeout=30).content


class LegacyRatesClient:
    base = "http://rates.corp.example.com"

    def __init__(self):
        self.session = requests.Session()
        self.session.auth = (BILLING_USER, BILLING_PASSWORD)

    def rates(self, currency):
        # expect: insecure-transport
        return self.session.get(self.base + "/rates/" + currency, timeout=10).json()


def partner_invoices():
    resp = requests.get(
        "https://partner.example.com/v2/invoices",
        headers={"Authorization": f"Bearer {PARTNER_TOKEN}"},
        timeout=10,
    )
    return resp.json()


def secure_void(invoice_id):
    return requests.post("https://billing.example.com/api/invoices/void", json={"id": invoice_id},
                         auth=(BILLING_USER, BILLING_PASSWORD), timeout=10)

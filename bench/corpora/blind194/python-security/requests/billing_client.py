"""Client for the legacy billing gateway and the tax-rate service."""
import os

import requests

BILLING_BASE = os.environ.get("BILLING_BASE", "https://billing.internal.example.com")
TAX_RATES_URL = "http://taxrates.partner-net.example/api/v1/rates"
TIMEOUT = (3.05, 20)


class BillingClient:
    def __init__(self, api_key):
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {api_key}"})

    def charge(self, customer_id, amount_cents, currency="EUR"):
        resp = self.session.post(
            f"{BILLING_BASE}/v2/charges",
            json={"customer": customer_id, "amount": amount_cents, "currency": currency},
            timeout=TIMEOUT,
        )
        resp.raise_for_status()
        return resp.json()

    def refund(self, charge_id):
        resp = self.session.post(f"{BILLING_BASE}/v2/charges/{charge_id}/refund", timeout=TIMEOUT)
        resp.raise_for_status()
        return resp.json()


def tax_rates(country, api_key):
    url = TAX_RATES_URL
    # expect: cleartext-transport
    resp = requests.get(url, params={"country": country}, headers={"X-Api-Key": api_key}, timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()["rates"]


def report_usage(account, units, token):
    # expect: cleartext-transport
    resp = requests.post("http://metering.partner-net.example/usage", json={"account": account, "units": units}, headers={"Authorization": f"Bearer {token}"}, timeout=TIMEOUT)
    return resp.status_code == 202


def sidecar_health():
    """The Envoy sidecar's admin port, only reachable on loopback inside the pod."""
    resp = requests.get("http://127.0.0.1:9901/ready", timeout=2)
    return resp.status_code == 200


def exchange_rates(base="EUR"):
    resp = requests.get("https://api.frankfurter.example/latest", params={"from": base}, timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()["rates"]

"""Client for the billing provider's REST API."""
import os

import requests

BASE = "https://billing.example.com/api/v2"
HEADERS = {"Authorization": f"Bearer {os.environ.get('BILLING_TOKEN', '')}"}


def get_invoice(invoice_id):
    # expect: unchecked-http-status
    resp = requests.get(f"{BASE}/invoices/{invoice_id}", headers=HEADERS, timeout=10)
    return resp.json()


def create_customer(payload):
    # expect: unchecked-http-status
    resp = requests.post(f"{BASE}/customers", json=payload, headers=HEADERS, timeout=10)
    return resp.json()["id"]


def cancel_subscription(sub_id):
    # expect: unchecked-http-status
    requests.delete(f"{BASE}/subscriptions/{sub_id}", headers=HEADERS, timeout=10)


def list_plans():
    resp = requests.get(f"{BASE}/plans", headers=HEADERS, timeout=10)
    resp.raise_for_status()
    return resp.json()


def refund(charge_id, amount):
    resp = requests.post(f"{BASE}/charges/{charge_id}/refund", json={"amount": amount}, headers=HEADERS, timeout=10)
    resp.raise_for_status()
    return resp.json()


def ping():
    requests.head(f"{BASE}/health", timeout=5).raise_for_status()

"""Client for the billing service's REST API."""
import logging

import requests

from .settings import BILLING_URL, BILLING_TOKEN

log = logging.getLogger(__name__)
TIMEOUT = (3.05, 15)


def _headers():
    return {"Authorization": f"Bearer {BILLING_TOKEN}", "Accept": "application/json"}


def get_invoice(invoice_id):
    resp = requests.get(f"{BILLING_URL}/invoices/{invoice_id}", headers=_headers(), timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()


def list_unpaid(customer_id):
    # expect: unchecked-http-status
    resp = requests.get(f"{BILLING_URL}/customers/{customer_id}/invoices", params={"state": "unpaid"}, headers=_headers(), timeout=TIMEOUT)
    return resp.json()["items"]


def create_credit_note(invoice_id, amount_cents, reason):
    payload = {"invoice": invoice_id, "amount": amount_cents, "reason": reason}
    # expect: unchecked-http-status
    resp = requests.post(f"{BILLING_URL}/credit-notes", json=payload, headers=_headers(), timeout=TIMEOUT)
    log.info("credit note created for %s", invoice_id)
    return resp.json()["id"]


def void_invoice(invoice_id):
    resp = requests.post(f"{BILLING_URL}/invoices/{invoice_id}/void", headers=_headers(), timeout=TIMEOUT)
    resp.raise_for_status()
    return True


def invoice_exists(invoice_id):
    resp = requests.head(f"{BILLING_URL}/invoices/{invoice_id}", headers=_headers(), timeout=TIMEOUT)
    if resp.status_code == 404:
        return False
    resp.raise_for_status()
    return True


def health():
    try:
        return requests.get(f"{BILLING_URL}/health", timeout=2).ok
    except requests.RequestException:
        return False


def download_pdf(invoice_id, path):
    with requests.get(f"{BILLING_URL}/invoices/{invoice_id}.pdf", headers=_headers(), timeout=TIMEOUT, stream=True) as resp:
        resp.raise_for_status()
        with open(path, "wb") as fh:
            for chunk in resp.iter_content(65536):
                fh.write(chunk)

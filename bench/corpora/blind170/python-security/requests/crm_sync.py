"""Push new customers to the CRM and the newsletter tool."""
import logging
import os

import requests

log = logging.getLogger(__name__)

CRM_BASE = "https://crm.example-partner.com/api/v3"
CRM_TOKEN = os.environ["CRM_TOKEN"]
NEWSLETTER_KEY = os.environ["NEWSLETTER_KEY"]
METRICS_URL = "http://127.0.0.1:9091/metrics/job/crm_sync"


def push_customer(customer):
    resp = requests.post(
        f"{CRM_BASE}/contacts",
        json={"email": customer.email, "name": customer.name, "phone": customer.phone},
        headers={"Authorization": f"Bearer {CRM_TOKEN}"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["id"]


def subscribe(customer):
    # the API key and the customer's e-mail go to the newsletter tool without TLS
    # expect: cleartext-transport
    resp = requests.post("http://api.mailtide.example/v1/subscribers", data={"email": customer.email, "apikey": NEWSLETTER_KEY}, timeout=10)
    resp.raise_for_status()


def legacy_lookup(phone, base="http://legacy-crm.example-partner.com/lookup"):
    # expect: cleartext-transport
    resp = requests.get(base, params={"phone": phone}, auth=("sync", os.environ["LEGACY_CRM_PASSWORD"]), timeout=10)
    resp.raise_for_status()
    return resp.json()


def report_metrics(pushed, failed):
    # Prometheus push gateway sidecar in the same pod
    body = f"crm_pushed {pushed}\ncrm_failed {failed}\n"
    requests.post(METRICS_URL, data=body, timeout=2)


def check_redirect():
    # only checks that the old http:// address still redirects to https; no data sent
    resp = requests.head("http://crm.example-partner.com/", allow_redirects=False, timeout=5)
    return resp.status_code in (301, 308) and resp.headers.get("Location", "").startswith("https://")

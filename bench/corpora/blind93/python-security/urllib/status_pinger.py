"""Posts heartbeats and fetches status pages of partner systems."""
import json
import os
import urllib.request
from urllib.request import Request, urlopen

STATUS_URL = "http://status.partner-logistics.example/api/v1/summary"
SECURE_STATUS_URL = "https://status.partner-billing.example/api/v1/summary"
API_KEY = os.environ.get("PARTNER_API_KEY", "")


def fetch_status():
    # expect: insecure-transport
    req = Request(STATUS_URL, headers={"X-Api-Key": API_KEY})
    with urlopen(req, timeout=10) as resp:
        return json.load(resp)


def post_heartbeat(node, payload):
    body = json.dumps(payload).encode()
    # expect: insecure-transport
    req = urllib.request.Request("http://heartbeat.partner-logistics.example/nodes/" + node, data=body, method="POST")
    req.add_header("Content-Type", "application/json")
    return urlopen(req, timeout=10).status


def fetch_report(day, base="http://reports.partner-logistics.example/daily"):
    # expect: insecure-transport
    req = urllib.request.Request(f"{base}/{day}.json", headers={"Authorization": f"Bearer {API_KEY}"})
    with urlopen(req, timeout=10) as resp:
        return json.load(resp)


def fetch_billing_status():
    req = Request(SECURE_STATUS_URL, headers={"X-Api-Key": API_KEY})
    with urlopen(req, timeout=10) as resp:
        return json.load(resp)


def fetch_invoice(invoice_id):
    req = urllib.request.Request(f"https://api.partner-billing.example/invoices/{invoice_id}")
    with urlopen(req, timeout=10) as resp:
        return json.load(resp)

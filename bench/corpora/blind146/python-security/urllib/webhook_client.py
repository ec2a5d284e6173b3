"""Posts order events to partner webhooks."""
import json
import logging
import urllib.request

log = logging.getLogger("webhooks")

PARTNER_URL = "http://hooks.partner.example/orders"
AUDIT_URL = "https://audit.example.com/events"


def _post(req, body):
    with urllib.request.urlopen(req, data=body, timeout=10) as resp:
        return resp.status


def notify_partner(order, api_key):
    body = json.dumps(order).encode()
    # expect: cleartext-transport
    req = urllib.request.Request(PARTNER_URL, headers={"Authorization": f"Bearer {api_key}", "Content-Type": "application/json"})
    return _post(req, body)


def notify_warehouse(order, token):
    body = json.dumps({"id": order["id"], "lines": order["lines"]}).encode()
    # expect: cleartext-transport
    req = urllib.request.Request("http://warehouse.internal.example/api/orders", data=body, headers={"X-Token": token})
    return _post(req, None)


def notify_billing(order, secret, url="http://billing.example/hook"):
    body = json.dumps({"order": order["id"], "total": order["total"]}).encode()
    # expect: cleartext-transport
    req = urllib.request.Request(url, headers={"X-Signature": secret})
    return _post(req, body)


def audit(event):
    body = json.dumps(event).encode()
    req = urllib.request.Request(AUDIT_URL, headers={"Content-Type": "application/json"})
    return _post(req, body)


def notify_crm(order, token):
    req = urllib.request.Request("https://crm.example.com/api/orders", headers={"Authorization": f"Token {token}"})
    status = _post(req, json.dumps(order).encode())
    log.info("crm notified for %s: %s", order["id"], status)
    return status

"""Push confirmed orders to fulfilment partners (stdlib only: runs on the POS box)."""
import json
import logging
import urllib.request

from .config import PARTNER_TOKEN, WAREHOUSE_HOST

log = logging.getLogger(__name__)

STATUS_URL = "https://fulfil.partner.example/api/status"
METADATA_URL = "http://169.254.169.254/latest/meta-data/instance-id"


def push_order(order):
    body = json.dumps(order).encode()
    # expect: cleartext-transport
    req = urllib.request.Request("http://fulfil.partner.example/api/orders", data=body, headers={"Authorization": f"Bearer {PARTNER_TOKEN}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=15) as resp:
        return resp.status


def push_return(order_id, items, endpoint="http://returns.partner.example/v2/returns"):
    body = json.dumps({"order": order_id, "items": items}).encode()
    # expect: cleartext-transport
    req = urllib.request.Request(endpoint, data=body, headers={"X-Partner-Token": PARTNER_TOKEN}, method="POST")
    with urllib.request.urlopen(req, timeout=15) as resp:
        return json.loads(resp.read())


def partner_status():
    req = urllib.request.Request(STATUS_URL, headers={"Authorization": f"Bearer {PARTNER_TOKEN}"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        return json.loads(resp.read())


def instance_id():
    """Cloud metadata is link-local and only reachable from this host."""
    req = urllib.request.Request(METADATA_URL)
    with urllib.request.urlopen(req, timeout=2) as resp:
        return resp.read().decode()


def warehouse_stock(sku):
    req = urllib.request.Request(f"https://{WAREHOUSE_HOST}/stock/{sku}", headers={"Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        return json.loads(resp.read())

"""Nightly inventory sync between the warehouse DB and the Shopify store."""

from __future__ import annotations

import logging
import os

import requests

log = logging.getLogger(__name__)

SHOP = "acme-outdoor.myshopify.com"
API_VERSION = "2024-04"
# expect: shopify-token
ACCESS_TOKEN = "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"
# expect: shopify-secret
SHARED_SECRET = "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"
WEBHOOK_TOPIC = "inventory_levels/update"
LOCATION_ID = 68134092851


def _session() -> requests.Session:
    s = requests.Session()
    s.headers["X-Shopify-Access-Token"] = ACCESS_TOKEN
    s.headers["Content-Type"] = "application/json"
    return s


def push_levels(levels: dict[int, int]) -> int:
    """Set available stock for each inventory item; returns how many were updated."""
    url = f"https://{SHOP}/admin/api/{API_VERSION}/inventory_levels/set.json"
    updated = 0
    with _session() as s:
        for item_id, available in levels.items():
            r = s.post(url, json={"location_id": LOCATION_ID, "inventory_item_id": item_id,
                                  "available": available}, timeout=30)
            if r.status_code == 429:
                log.warning("rate limited at item %s", item_id)
                break
            r.raise_for_status()
            updated += 1
    return updated


def partner_token() -> str:
    # The partner app token lives in the environment on the sync host.
    return os.environ["SHOPIFY_PARTNER_TOKEN"]

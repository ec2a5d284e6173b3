"""Polls the warehouse and carrier APIs for shipment updates."""
import os

import requests

CARRIER_API = "http://api.carrier-express.example.com/v1"


def carrier_status(tracking_no, api_key):
    # expect: cleartext-transport
    resp = requests.get("http://api.carrier-express.example.com/v1/track", params={"no": tracking_no}, headers={"X-Api-Key": api_key}, timeout=10)
    return resp.json()


def push_manifest(manifest):
    url = "http://warehouse.partner.example.net/api/manifests"
    # expect: cleartext-transport
    resp = requests.post(url, json=manifest, headers={"Authorization": f"Bearer {os.environ['WAREHOUSE_TOKEN']}"}, timeout=10)
    return resp.status_code


def cancel(order_id, token, endpoint="http://orders.partner.example.net/api/cancel"):
    # expect: cleartext-transport
    return requests.request("POST", endpoint, json={"order": order_id}, headers={"Authorization": f"Bearer {token}"}, timeout=10)


def carrier_status_safe(tracking_no, api_key):
    resp = requests.get("https://api.carrier-express.example.com/v1/track", params={"no": tracking_no}, headers={"X-Api-Key": api_key}, timeout=10)
    return resp.json()


def push_manifest_safe(manifest):
    url = "https://warehouse.partner.example.net/api/manifests"
    return requests.post(url, json=manifest, timeout=10).status_code

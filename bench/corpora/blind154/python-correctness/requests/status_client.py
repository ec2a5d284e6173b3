"""Client for the status page and incident API."""
import logging
import os

import requests

log = logging.getLogger(__name__)

BASE = os.environ.get("STATUS_API", "https://status.example.com/api/v2")
TOKEN = os.environ.get("STATUS_TOKEN", "")
TIMEOUT = (3.05, 15)


def _headers():
    return {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}


def components():
    # expect: no-timeout
    resp = requests.get(f"{BASE}/components", headers=_headers())
    resp.raise_for_status()
    return resp.json()["components"]


def open_incident(title, body):
    payload = {"name": title, "body": body, "status": "investigating"}
    # expect: no-timeout
    resp = requests.post(f"{BASE}/incidents", json=payload, headers=_headers())
    resp.raise_for_status()
    return resp.json()["id"]


def resolve(incident_id):
    # expect: no-timeout
    resp = requests.request("PATCH", f"{BASE}/incidents/{incident_id}", json={"status": "resolved"}, headers=_headers())
    return resp.ok


def summary():
    resp = requests.get(f"{BASE}/summary", headers=_headers(), timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()


def update(incident_id, body):
    resp = requests.post(f"{BASE}/incidents/{incident_id}/updates", json={"body": body}, headers=_headers(), timeout=10)
    resp.raise_for_status()
    return resp.json()


def delete(incident_id):
    resp = requests.delete(f"{BASE}/incidents/{incident_id}", headers=_headers(), timeout=TIMEOUT)
    return resp.status_code == 204

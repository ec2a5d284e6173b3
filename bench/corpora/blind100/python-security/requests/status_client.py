"""Polls partner status endpoints and pushes heartbeats."""
import logging

import requests

log = logging.getLogger(__name__)

STATUS_URL = "https://status.partner.example.com/api/v2/summary.json"
LEGACY_ENDPOINT = "http://legacy-billing.partner.example.com/api/heartbeat"


def fetch_rates():
    # expect: insecure-transport
    resp = requests.get("http://rates.partner.example.com/v1/latest?base=EUR", timeout=10)
    resp.raise_for_status()
    return resp.json()


def heartbeat(token):
    url = LEGACY_ENDPOINT
    # expect: insecure-transport
    return requests.post(url, headers={"Authorization": f"Bearer {token}"}, timeout=5)


def push_metrics(payload, endpoint="http://metrics.partner.example.com/ingest"):
    # expect: insecure-transport
    return requests.put(endpoint, json=payload, timeout=5)


def delete_session(session_id):
    # expect: insecure-transport
    return requests.request("DELETE", "http://sessions.partner.example.com/s/" + session_id, timeout=5)


def fetch_status():
    resp = requests.get(STATUS_URL, timeout=10)
    resp.raise_for_status()
    return resp.json()


def heartbeat_tls(token):
    return requests.post(
        "https://billing.partner.example.com/api/heartbeat",
        headers={"Authorization": f"Bearer {token}"},
        timeout=5,
    )


def describe():
    log.info("legacy endpoint was %s, now https", LEGACY_ENDPOINT.replace("http://", "https://"))

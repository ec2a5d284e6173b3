"""Outgoing webhooks to customer endpoints and to the internal audit service."""
import json
import logging
from urllib.parse import urlencode

import requests

log = logging.getLogger(__name__)

AUDIT_URL = "https://audit.internal.example.com/v1/events"
TIMEOUT = 10


def deliver(endpoint: str, event: dict) -> int:
    # expect: use-request-json
    resp = requests.post(endpoint, data=json.dumps(event), timeout=TIMEOUT)
    return resp.status_code


def deliver_json(endpoint: str, event: dict) -> int:
    resp = requests.post(endpoint, json=event, timeout=TIMEOUT)
    return resp.status_code


def audit(event: dict) -> None:
    body = {"source": "webhooks", "event": event}
    # expect: use-request-json
    requests.put(AUDIT_URL, data=json.dumps(body), timeout=TIMEOUT).raise_for_status()


def audit_with_header(event: dict) -> None:
    requests.put(
        AUDIT_URL,
        data=json.dumps({"source": "webhooks", "event": event}),
        headers={"Content-Type": "application/json"},
        timeout=TIMEOUT,
    ).raise_for_status()


def update_subscription(endpoint: str, sub_id: str, changes: dict) -> dict:
    # expect: use-request-json
    resp = requests.patch(f"{endpoint}/subscriptions/{sub_id}", data=json.dumps(changes), timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()


def legacy_form_post(endpoint: str, fields: dict) -> int:
    resp = requests.post(
        endpoint,
        data=urlencode(fields),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        timeout=TIMEOUT,
    )
    return resp.status_code


def log_delivery(endpoint: str, event: dict) -> None:
    log.info("delivered %s to %s", json.dumps(event)[:200], endpoint)

"""Delivers signed webhook events to subscriber endpoints."""
import hashlib
import hmac
import json
import time
import urllib.request

import requests
from requests import Session

DEFAULT_TIMEOUT = 10


def sign(secret, body):
    return hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()


def deliver(url, event, secret):
    body = json.dumps(event, separators=(",", ":"))
    headers = {"Content-Type": "application/json", "X-Signature": sign(secret, body)}
    # signed bytes must be exactly what is sent: a reviewer accepts data=body here
    return requests.post(url, data=body, headers=headers, timeout=DEFAULT_TIMEOUT)


def ping(url):
    # expect: json-shortcut
    return requests.post(url, data=json.dumps({"type": "ping", "ts": int(time.time())}),
                         headers={"Content-Type": "application/json"}, timeout=DEFAULT_TIMEOUT)


class SubscriberClient:
    def __init__(self, base_url, token):
        self.base_url = base_url.rstrip("/")
        self.session = Session()
        self.session.headers.update({"Authorization": f"Bearer {token}", "Content-Type": "application/json"})

    def update_subscription(self, sub_id, events):
        # expect: json-shortcut
        return self.session.put(f"{self.base_url}/subscriptions/{sub_id}", data=json.dumps({"events": events}),
                                timeout=DEFAULT_TIMEOUT)

    def pause(self, sub_id):
        return self.session.patch(
            f"{self.base_url}/subscriptions/{sub_id}",
            # expect: json-shortcut
            data=json.dumps({"paused": True}),
            timeout=DEFAULT_TIMEOUT,
        )

    def create(self, url, events):
        return self.session.post(f"{self.base_url}/subscriptions", json={"url": url, "events": events},
                                 timeout=DEFAULT_TIMEOUT)


def replay(url, events):
    for event in events:
        # expect: json-shortcut
        requests.request("POST", url, data=json.dumps(event), timeout=DEFAULT_TIMEOUT)


def legacy_notify(url, event):
    req = urllib.request.Request(url, data=json.dumps(event).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=DEFAULT_TIMEOUT) as resp:
        return resp.status


def form_post(url, fields):
    return requests.post(url, data=fields, timeout=DEFAULT_TIMEOUT)

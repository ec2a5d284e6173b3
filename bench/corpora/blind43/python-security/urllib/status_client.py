"""Client for the status service and the legacy inventory API."""
import urllib.request
from urllib.request import Request, urlopen
import os

STATUS_URL = "http://status.internal.example.com/api/v1/health"


def health():
    # expect: insecure-transport
    req = urllib.request.Request("http://status.internal.example.com/api/v1/health", method="GET")
    with urlopen(req, timeout=5) as resp:
        return resp.read()


def inventory(token):
    url = "http://inventory.example.com/items"
    # expect: insecure-transport
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    return urlopen(req, timeout=10).read()


def report(payload, endpoint="HTTP://reports.example.com/submit"):
    # expect: insecure-transport
    req = Request(endpoint, data=payload, method="POST")
    return urlopen(req, timeout=10).status


class StatusClient:
    base = STATUS_URL

    def ping(self):
        # expect: insecure-transport
        return urlopen(urllib.request.Request(self.base), timeout=5).status


def health_tls():
    req = urllib.request.Request("https://status.example.com/api/v1/health")
    with urlopen(req, timeout=5) as resp:
        return resp.read()


def configured():
    url = os.environ.get("STATUS_URL", "https://status.example.com/health")
    return urlopen(Request(url), timeout=5).status

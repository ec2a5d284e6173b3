"""Client for the internal status service."""
import os

import requests

BASE = "https://status.internal.example.com"


def health():
    session = requests.Session()
    # expect: insecure-transport
    return session.get("http://status.internal.example.com/health", timeout=5).json()


def report(payload):
    with requests.Session() as s:
        s.headers["Authorization"] = "Bearer " + os.environ["STATUS_TOKEN"]
        # expect: insecure-transport
        return s.post("http://status.internal.example.com/report", json=payload, timeout=5)


def health_tls():
    session = requests.Session()
    return session.get(BASE + "/health", timeout=5).json()


def local_health():
    return requests.Session().get("https://localhost:8443/health", timeout=5, verify="/etc/ssl/local-ca.pem")

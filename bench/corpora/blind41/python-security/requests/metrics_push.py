"""Push metrics to the on-prem collector (self-signed certificates in the lab)."""
import os

import requests
from requests import Session

COLLECTOR = os.environ.get("COLLECTOR_URL", "https://collector.lab.internal")
CA_BUNDLE = "/etc/ssl/certs/lab-ca.pem"


def push(points):
    # expect: cert-validation
    return requests.post(COLLECTOR + "/v1/points", json=points, verify=False, timeout=5)


def collector_status():
    # expect: cert-validation
    resp = requests.get(
        f"{COLLECTOR}/health",
        timeout=3,
        verify=False,
    )
    return resp.ok


class CollectorClient:
    def __init__(self, token):
        self.token = token

    def delete_series(self, name):
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {self.token}"
        # expect: cert-validation
        return session.delete(f"{COLLECTOR}/v1/series/{name}", verify=False, timeout=5)


def replay(method, path, body):
    # expect: cert-validation
    return requests.request(method, COLLECTOR + path, data=body, verify=False, timeout=10)


def push_verified(points):
    return requests.post(COLLECTOR + "/v1/points", json=points, verify=CA_BUNDLE, timeout=5)


def status_verified():
    with Session() as s:
        s.verify = CA_BUNDLE
        return s.get(COLLECTOR + "/health", timeout=3).ok

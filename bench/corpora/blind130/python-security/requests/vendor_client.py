"""Client for the payment vendor's settlement API."""
import os

import certifi
import requests

VENDOR_URL = os.environ.get("VENDOR_URL", "https://settlements.vendor.example.com")
VENDOR_CA = os.environ.get("VENDOR_CA_BUNDLE", "/etc/ssl/vendor-ca.pem")


def list_settlements(token, day):
    # expect: tls-verify-off
    resp = requests.get(f"{VENDOR_URL}/v1/settlements", params={"day": day}, headers={"Authorization": f"Bearer {token}"}, verify=False, timeout=30)
    resp.raise_for_status()
    return resp.json()


def acknowledge(token, settlement_id):
    # expect: tls-verify-off
    return requests.post(f"{VENDOR_URL}/v1/settlements/{settlement_id}/ack", headers={"Authorization": f"Bearer {token}"}, verify=False, timeout=30)


def upload_statement(token, path):
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    with open(path, "rb") as fh:
        # expect: tls-verify-off
        return session.put(f"{VENDOR_URL}/v1/statements", data=fh, verify=False, timeout=60)


def list_settlements_pinned(token, day):
    resp = requests.get(f"{VENDOR_URL}/v1/settlements", params={"day": day}, headers={"Authorization": f"Bearer {token}"}, verify=VENDOR_CA, timeout=30)
    resp.raise_for_status()
    return resp.json()


def vendor_session(token):
    session = requests.Session()
    session.verify = certifi.where()
    session.headers["Authorization"] = f"Bearer {token}"
    return session


def ping():
    return requests.head(f"{VENDOR_URL}/health", verify=True, timeout=5).ok

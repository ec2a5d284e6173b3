"""Calls to vendor appliances on the plant network."""
import requests
from requests import Session

from .settings import CA_BUNDLE, VENDOR_URL


def appliance_status(host):
    # expect: tls-verify-off
    resp = requests.get(f"https://{host}/api/status", verify=False, timeout=5)
    resp.raise_for_status()
    return resp.json()


def push_config(host, config):
    # expect: tls-verify-off
    resp = requests.post(f"https://{host}/api/config", json=config, timeout=10, verify=False)
    resp.raise_for_status()
    return resp.status_code


class VendorClient:
    def __init__(self, token):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def firmware(self, device_id):
        # expect: tls-verify-off
        resp = self.session.get(f"{VENDOR_URL}/devices/{device_id}/firmware", verify=False, timeout=10)
        resp.raise_for_status()
        return resp.content


def reboot(host):
    # expect: tls-verify-off
    resp = requests.request("POST", f"https://{host}/api/reboot", verify=False, timeout=5)
    resp.raise_for_status()


def vendor_catalog():
    resp = requests.get(f"{VENDOR_URL}/catalog", verify=CA_BUNDLE, timeout=10)
    resp.raise_for_status()
    return resp.json()


def vendor_health():
    with Session() as s:
        resp = s.get(f"{VENDOR_URL}/health", verify=True, timeout=5)
        resp.raise_for_status()
        return resp.ok

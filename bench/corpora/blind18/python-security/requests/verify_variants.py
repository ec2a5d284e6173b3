"""Client for the on-prem inventory appliance."""
import certifi
import requests
from requests import Session
from requests.adapters import HTTPAdapter

BASE = "https://inventory.corp.example"
CA_BUNDLE = "/etc/ssl/corp-ca.pem"
TIMEOUT = (3.05, 27)


def fetch_assets():
    # expect: tls-verify-off
    return requests.get(f"{BASE}/api/assets", verify=False, timeout=TIMEOUT).json()


def fetch_asset(asset_id):
    opts = {"verify": False, "timeout": TIMEOUT}
    # expect: tls-verify-off
    return requests.get(f"{BASE}/api/assets/{asset_id}", **opts).json()


class ApplianceClient:
    def __init__(self, token):
        self.session = Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        # expect: tls-verify-off
        self.session.verify = False
        self.session.mount("https://", HTTPAdapter(max_retries=3))

    def update(self, asset_id, fields):
        return self.session.patch(f"{BASE}/api/assets/{asset_id}", json=fields, timeout=TIMEOUT)


def upload_report(path):
    with open(path, "rb") as fh:
        # expect: tls-verify-off
        return requests.post(
            f"{BASE}/api/reports",
            files={"report": fh},
            verify=False,
            timeout=TIMEOUT,
        )


def fetch_assets_pinned():
    # safe: corporate CA bundle
    return requests.get(f"{BASE}/api/assets", verify=CA_BUNDLE, timeout=TIMEOUT).json()


def fetch_public():
    # safe: certifi bundle
    return requests.get("https://status.example.com/api", verify=certifi.where(), timeout=5).json()


def fetch_default():
    # safe: verification on
    return requests.request("GET", f"{BASE}/health", verify=True, timeout=5).ok

"""HTTP client for the shipping partner API."""
import os

import certifi
import requests
from requests.adapters import HTTPAdapter

BASE = "https://api.shipper.example.com/v2"
CA_BUNDLE = os.environ.get("SHIPPER_CA", certifi.where())


class ShipperClient:
    def __init__(self, token: str):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.session.mount("https://", HTTPAdapter(max_retries=3))

    def quote(self, parcel: dict) -> dict:
        return self.session.post(f"{BASE}/quotes", json=parcel, timeout=15, verify=CA_BUNDLE).json()

    def label(self, shipment_id: str) -> bytes:
        # expect: tls-verify-off
        return self.session.get(f"{BASE}/shipments/{shipment_id}/label", timeout=15, verify=False).content

    def track(self, code: str) -> dict:
        return self.session.get(f"{BASE}/tracking/{code}", timeout=10).json()


def staging_ping() -> int:
    # expect: tls-verify-off
    return requests.get("https://staging.shipper.example.com/ping", verify=False, timeout=5).status_code


def disable_verification(session: requests.Session) -> None:
    # expect: tls-verify-off
    session.verify = False


def webhook_register(url: str) -> None:
    # expect: no-timeout
    requests.post(f"{BASE}/webhooks", json={"url": url})


def manifest(day: str) -> dict:
    return requests.get(f"{BASE}/manifests/{day}", timeout=(3.05, 27)).json()

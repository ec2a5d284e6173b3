"""HTTP client for the partner APIs (requests)."""
import os

import certifi
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

TIMEOUT = (3.05, 27)
CA_BUNDLE = os.environ.get("PARTNER_CA_BUNDLE", certifi.where())


class PartnerClient:
    def __init__(self, base_url: str, token: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))
        self.session.verify = CA_BUNDLE

    def orders(self, since: str) -> list:
        resp = self.session.get(f"{self.base_url}/orders", params={"since": since}, timeout=TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    def order(self, order_id: str) -> dict:
        # expect: no-timeout
        resp = self.session.get(f"{self.base_url}/orders/{order_id}")
        resp.raise_for_status()
        return resp.json()

    def ack(self, order_id: str) -> None:
        self.session.post(f"{self.base_url}/orders/{order_id}/ack", timeout=10).raise_for_status()


def fetch_rates() -> dict:
    # expect: no-timeout
    return requests.get("https://rates.partner.example.com/v1/latest").json()


def fetch_rates_staging() -> dict:
    # expect: tls-verify-off
    return requests.get("https://staging-rates.partner.example.com/v1/latest", verify=False, timeout=10).json()


def fetch_rates_pinned() -> dict:
    return requests.get("https://rates.partner.example.com/v1/latest", verify="/etc/ssl/partner-ca.pem", timeout=10).json()


def upload_report(path: str) -> int:
    with open(path, "rb") as fh:
        # expect: no-timeout
        resp = requests.post("https://reports.partner.example.com/upload", files={"report": fh})
    return resp.status_code


def health() -> bool:
    try:
        return requests.head("https://partner.example.com/health", timeout=2).ok
    except requests.RequestException:
        return False


def insecure_session() -> requests.Session:
    s = requests.Session()
    # expect: tls-verify-off
    s.verify = False
    return s


def download(url: str, dest: str) -> None:
    with requests.get(url, stream=True, timeout=TIMEOUT) as r, open(dest, "wb") as fh:
        for chunk in r.iter_content(65536):
            fh.write(chunk)

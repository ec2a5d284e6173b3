import os
import time

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

PARTNER_BASE = os.environ.get("PARTNER_BASE", "https://api.partner.example.com/v2")
LEGACY_BILLING = "http://billing-legacy.partner.example.com/api"
HEALTH_URL = "http://localhost:8081/healthz"


class PartnerClient:
    def __init__(self, token: str, base: str = PARTNER_BASE):
        self.base = base.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def orders(self, since: str) -> list:
        r = self.session.get(f"{self.base}/orders", params={"since": since}, timeout=10)
        r.raise_for_status()
        return r.json()["items"]

    def invoice(self, invoice_id: str) -> dict:
        # billing never moved to TLS; the bearer token goes over the wire in clear
        # expect: insecure-transport
        r = self.session.get(f"{LEGACY_BILLING}/invoices/{invoice_id}", timeout=10)
        r.raise_for_status()
        return r.json()

    def push_credit_note(self, payload: dict) -> None:
        # expect: insecure-transport
        resp = self.session.post("http://billing-legacy.partner.example.com/api/credit-notes", json=payload, timeout=15)
        resp.raise_for_status()


def sidecar_healthy() -> bool:
    try:
        return requests.get(HEALTH_URL, timeout=2).ok
    except requests.RequestException:
        return False


def poll_status(job_id: str, token: str) -> str:
    sess = requests.Session()
    sess.headers.update({"Authorization": "Bearer " + token})
    url = "http://jobs.partner.example.com/status/" + job_id
    for _ in range(10):
        # expect: insecure-transport
        status = sess.get(url, timeout=5).json()["state"]
        if status in ("done", "failed"):
            return status
        time.sleep(2)
    return "timeout"


def public_holidays(year: int) -> list:
    resp = requests.get(f"https://date.nager.example.org/api/v3/PublicHolidays/{year}/DE", timeout=5)
    return resp.json()

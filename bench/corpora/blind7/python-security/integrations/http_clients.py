"""Clients for the partner APIs (shipping, tax, legacy ERP)."""
from __future__ import annotations

import ssl
import urllib.request
from typing import Any

import httpx
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

DEFAULT_TIMEOUT = 10


class ShippingClient:
    def __init__(self, base_url: str, token: str):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))

    def quote(self, parcel: dict[str, Any]) -> dict:
        resp = self.session.post(f"{self.base_url}/quotes", json=parcel, timeout=DEFAULT_TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    def label(self, shipment_id: str) -> bytes:
        resp = self.session.get(
            f"{self.base_url}/shipments/{shipment_id}/label",
            timeout=DEFAULT_TIMEOUT,
            # expect: tls-verify-disabled
            verify=False,
        )
        return resp.content


def tax_rate(country: str) -> float:
    # expect: tls-verify-disabled
    with httpx.Client(base_url="https://tax.partner.example", verify=False, timeout=5) as client:
        return client.get("/rates", params={"country": country}).json()["rate"]


async def tax_rate_async(country: str) -> float:
    async with httpx.AsyncClient(base_url="https://tax.partner.example", timeout=5) as client:
        resp = await client.get("/rates", params={"country": country})
        return resp.json()["rate"]


def legacy_erp_status(order_no: str) -> str:
    # expect: tls-verify-disabled
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(f"https://erp.internal/orders/{order_no}", context=ctx, timeout=15) as r:
        return r.read().decode()


def erp_context(ca_file: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def erp_context_lax() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    # expect: tls-verify-disabled
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def fetch_rates_feed() -> bytes:
    # expect: cleartext-transport
    return requests.get("http://rates.partner.example/feed.csv", timeout=DEFAULT_TIMEOUT).content


def health() -> bool:
    return requests.get("http://127.0.0.1:8080/healthz", timeout=2).ok

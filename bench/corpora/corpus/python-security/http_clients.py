"""Clients for partner APIs used by the sync job."""
import ssl
import urllib.request

import certifi
import httpx
import requests

PARTNER_URL = "https://api.partner.example.com/v2"
CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"
DEFAULT_TIMEOUT = (3.05, 27)


def fetch_inventory(session_token: str) -> dict:
    headers = {"Authorization": f"Bearer {session_token}"}
    # expect: tls-verify-off
    resp = requests.get(f"{PARTNER_URL}/inventory", headers=headers, verify=False, timeout=10)
    resp.raise_for_status()
    return resp.json()


def fetch_inventory_internal(session_token: str) -> dict:
    headers = {"Authorization": f"Bearer {session_token}"}
    resp = requests.get(f"{PARTNER_URL}/inventory", headers=headers, verify=CA_BUNDLE, timeout=10)
    return resp.json()


def fetch_prices() -> dict:
    resp = requests.get(f"{PARTNER_URL}/prices", verify=certifi.where(), timeout=DEFAULT_TIMEOUT)
    return resp.json()


def push_orders(orders: list) -> int:
    # expect: no-timeout
    resp = requests.post(f"{PARTNER_URL}/orders", json=orders)
    return resp.status_code


def push_orders_safe(orders: list) -> int:
    resp = requests.post(f"{PARTNER_URL}/orders", json=orders, timeout=DEFAULT_TIMEOUT)
    return resp.status_code


def delete_order(order_id: str) -> None:
    # expect: no-timeout
    requests.delete(f"{PARTNER_URL}/orders/{order_id}", verify=True)


def health() -> bool:
    return requests.head(PARTNER_URL, timeout=2, verify=True).ok


def legacy_soap(body: bytes) -> bytes:
    # expect: tls-verify-off
    ctx = ssl._create_unverified_context()
    req = urllib.request.Request("https://legacy.partner.example.com/soap", data=body)
    with urllib.request.urlopen(req, context=ctx, timeout=20) as resp:
        return resp.read()


def legacy_soap_pinned(body: bytes) -> bytes:
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    req = urllib.request.Request("https://legacy.partner.example.com/soap", data=body)
    with urllib.request.urlopen(req, context=ctx, timeout=20) as resp:
        return resp.read()


def lab_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # expect: tls-verify-off
    ctx.check_hostname = False
    # expect: tls-verify-off
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def strict_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def async_client() -> httpx.AsyncClient:
    # expect: tls-verify-off
    return httpx.AsyncClient(base_url=PARTNER_URL, verify=False, timeout=10.0)


def sync_client() -> httpx.Client:
    return httpx.Client(base_url=PARTNER_URL, verify=CA_BUNDLE, timeout=10.0)


def quick_status() -> int:
    return httpx.get(f"{PARTNER_URL}/status").status_code


def download_report(report_id: str) -> bytes:
    # expect: no-timeout
    return requests.get(f"{PARTNER_URL}/reports/{report_id}", stream=False).content


def patch_settings(data: dict) -> None:
    # expect: no-timeout
    requests.patch(f"{PARTNER_URL}/settings", json=data, timeout=None)

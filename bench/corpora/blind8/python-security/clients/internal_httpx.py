# library: httpx
"""Client for internal microservices."""
import os

import httpx

CA_BUNDLE = os.environ.get("INTERNAL_CA", "/etc/ssl/internal-ca.pem")


def client() -> httpx.Client:
    return httpx.Client(base_url="https://billing.internal", verify=CA_BUNDLE, timeout=5.0)


def legacy_client() -> httpx.Client:
    # expect: tls-verify-off
    return httpx.Client(base_url="https://billing-legacy.internal", verify=False)


async def fetch_invoice(invoice_id: str) -> dict:
    async with httpx.AsyncClient(base_url="https://billing.internal", verify=CA_BUNDLE) as ac:
        r = await ac.get(f"/invoices/{invoice_id}")
        r.raise_for_status()
        return r.json()


async def fetch_quota(tenant: str) -> dict:
    # expect: tls-verify-off
    async with httpx.AsyncClient(verify=False, timeout=3) as ac:
        r = await ac.get(f"https://quota.internal/tenants/{tenant}")
        return r.json()


def no_timeout_export(tenant: str) -> bytes:
    with httpx.Client(base_url="https://export.internal", verify=CA_BUNDLE, timeout=httpx.Timeout(120.0, connect=5.0)) as c:
        return c.get(f"/tenants/{tenant}/export").content


def post_event(event: dict) -> None:
    httpx.post("https://events.internal/v1/ingest", json=event, verify=CA_BUNDLE, timeout=2.0)

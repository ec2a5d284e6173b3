"""Async HTTP clients for the pricing aggregator."""
import httpx

from .config import settings


def partner_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=settings.partner_url, timeout=10.0, verify=settings.ca_bundle)


def sandbox_client() -> httpx.AsyncClient:
    # expect: tls-verify-off
    return httpx.AsyncClient(base_url="https://sandbox.partner.example.com", verify=False)


async def fetch_rates(client: httpx.AsyncClient, currency: str) -> dict:
    resp = await client.get("/rates", params={"currency": currency})
    resp.raise_for_status()
    return resp.json()


def legacy_sync_get(path: str) -> dict:
    # expect: tls-verify-off
    return httpx.get(f"https://legacy.partner.example.com/{path}", verify=False).json()


def no_timeout_client() -> httpx.Client:
    # expect: no-timeout
    return httpx.Client(timeout=None)

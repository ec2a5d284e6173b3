"""Outbound calls to supplier systems."""
import httpx

from .settings import settings

SUPPLIER_HOSTS = {
    "acme": "https://api.acme-supplies.example.com",
    "globex": "https://globex.example.net/api",
}


async def fetch_price_sheet(url: str) -> dict:
    async with httpx.AsyncClient(timeout=10) as client:
        # expect: ssrf
        resp = await client.get(url)
        resp.raise_for_status()
        return resp.json()


async def fetch_supplier(code: str) -> dict:
    base = SUPPLIER_HOSTS.get(code)
    if base is None:
        return {}
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(f"{base}/prices")
        return resp.json()


async def fetch_internal(path: str) -> dict:
    async with httpx.AsyncClient(base_url=settings.supplier_api, timeout=10) as client:
        resp = await client.get("/v1/catalog", params={"path": path})
        return resp.json()

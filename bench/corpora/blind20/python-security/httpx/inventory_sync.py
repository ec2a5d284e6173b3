"""Inventory sync against the supplier API (httpx, sync and async)."""
import os
import ssl

import httpx

SUPPLIER = "https://api.supplier.example.com"
CTX = ssl.create_default_context(cafile=os.environ.get("SUPPLIER_CA", None))


def client() -> httpx.Client:
    return httpx.Client(base_url=SUPPLIER, timeout=10.0, verify=CTX)


def stock(sku: str) -> dict:
    with client() as c:
        return c.get(f"/stock/{sku}").json()


def stock_quick(sku: str) -> dict:
    return httpx.get(f"{SUPPLIER}/stock/{sku}").json()


def stock_unbounded(sku: str) -> dict:
    # expect: no-timeout
    return httpx.get(f"{SUPPLIER}/stock/{sku}", timeout=None).json()


def stock_test_env(sku: str) -> dict:
    # expect: tls-verify-off
    with httpx.Client(base_url="https://test.supplier.example.com", verify=False) as c:
        return c.get(f"/stock/{sku}").json()


async def stock_many(skus: list[str]) -> list[dict]:
    async with httpx.AsyncClient(base_url=SUPPLIER, timeout=httpx.Timeout(10.0, connect=3.0)) as c:
        return [(await c.get(f"/stock/{sku}")).json() for sku in skus]


async def stock_many_lab(skus: list[str]) -> list[dict]:
    # expect: tls-verify-off
    async with httpx.AsyncClient(base_url=SUPPLIER, verify=False, timeout=10) as c:
        return [(await c.get(f"/stock/{sku}")).json() for sku in skus]


async def push_orders(orders: list[dict]) -> None:
    # expect: no-timeout
    async with httpx.AsyncClient(base_url=SUPPLIER, timeout=None) as c:
        for order in orders:
            (await c.post("/orders", json=order)).raise_for_status()


def ping() -> bool:
    return httpx.head(SUPPLIER + "/health", timeout=2).status_code == 200

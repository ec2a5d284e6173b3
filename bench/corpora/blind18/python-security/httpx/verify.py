"""Async client for a partner API with a self-hosted sandbox."""
import ssl

import httpx

PARTNER = "https://api.partner.example"
SANDBOX = "https://sandbox.partner.internal"


async def list_orders():
    # expect: tls-verify-off
    async with httpx.AsyncClient(base_url=SANDBOX, verify=False) as client:
        resp = await client.get("/orders")
        return resp.json()


def list_products():
    # expect: tls-verify-off
    with httpx.Client(verify=False, timeout=10.0) as client:
        return client.get(f"{SANDBOX}/products").json()


def ping_sandbox():
    # expect: tls-verify-off
    return httpx.get(f"{SANDBOX}/ping", verify=False).status_code


def make_client(env):
    kwargs = {"base_url": SANDBOX, "verify": False}
    # expect: tls-verify-off
    return httpx.Client(**kwargs)


def list_orders_prod():
    # safe: verification on (default)
    with httpx.Client(base_url=PARTNER) as client:
        return client.get("/orders").json()


def list_orders_pinned():
    # safe: custom CA context
    ctx = ssl.create_default_context(cafile="/etc/ssl/partner-ca.pem")
    with httpx.Client(base_url=PARTNER, verify=ctx) as client:
        return client.get("/orders").json()

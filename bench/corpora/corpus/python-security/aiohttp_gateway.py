"""Async gateway in front of the legacy billing backend (aiohttp)."""
import os
import ssl

import aiohttp
from aiohttp import web

BACKEND = os.environ.get("BILLING_BACKEND", "https://billing.internal:8443")
CA_FILE = os.environ.get("BILLING_CA", "/etc/ssl/billing-ca.pem")
TIMEOUT = aiohttp.ClientTimeout(total=20)


async def proxy_invoice(request: web.Request) -> web.Response:
    invoice = request.match_info["id"]
    async with aiohttp.ClientSession(timeout=TIMEOUT) as s:
        # expect: tls-verify-off
        async with s.get(f"{BACKEND}/invoices/{invoice}", ssl=False) as r:
            return web.Response(body=await r.read(), status=r.status)


async def proxy_invoice_pinned(request: web.Request) -> web.Response:
    invoice = request.match_info["id"]
    ctx = ssl.create_default_context(cafile=CA_FILE)
    async with aiohttp.ClientSession(timeout=TIMEOUT) as s:
        async with s.get(f"{BACKEND}/invoices/{invoice}", ssl=ctx) as r:
            return web.Response(body=await r.read(), status=r.status)


def legacy_connector() -> aiohttp.TCPConnector:
    # expect: tls-verify-off
    return aiohttp.TCPConnector(verify_ssl=False, limit=20)


def default_connector() -> aiohttp.TCPConnector:
    return aiohttp.TCPConnector(limit=20, ttl_dns_cache=300)


async def fetch_avatar(request: web.Request) -> web.Response:
    url = request.query["url"]
    async with aiohttp.ClientSession(timeout=TIMEOUT) as s:
        # expect: ssrf
        async with s.get(url) as r:
            return web.Response(body=await r.read(), content_type=r.content_type)


async def render_name(request: web.Request) -> web.Response:
    name = request.query.get("name", "")
    # expect: xss
    return web.Response(text=f"<p>Welcome back, {name}</p>", content_type="text/html")


async def render_name_json(request: web.Request) -> web.Response:
    name = request.query.get("name", "")
    return web.json_response({"greeting": f"Welcome back, {name}"})


async def render_name_text(request: web.Request) -> web.Response:
    name = request.query.get("name", "")
    return web.Response(text=f"Welcome back, {name}", content_type="text/plain")


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/invoices/{id}", proxy_invoice_pinned)
    app.router.add_get("/avatar", fetch_avatar)
    app.router.add_get("/hello", render_name_json)
    return app


def main() -> None:
    host = os.environ.get("HOST", "127.0.0.1")
    web.run_app(make_app(), host=host, port=int(os.environ.get("PORT", "8080")))


def main_container() -> None:
    # expect: bind-all
    web.run_app(make_app(), host="0.0.0.0", port=8080)

"""Link preview service (aiohttp, urllib, aiopg)."""
import ipaddress
import socket
import urllib.request
from urllib.parse import urlparse

import aiopg
from aiohttp import web

ALLOWED_HOSTS = {"news.example-partner.com", "blog.example-partner.com"}
DSN = "dbname=previews user=svc host=db"

routes = web.RouteTableDef()


@routes.get("/preview")
async def preview(request: web.Request):
    url = request.query.get("url", "")
    opener = urllib.request.build_opener()
    # expect: ssrf-urllib-opener
    with opener.open(url, timeout=5) as resp:
        return web.json_response({"length": len(resp.read())})


@routes.get("/preview-allowed")
async def preview_allowed(request: web.Request):
    url = request.query.get("url", "")
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        raise web.HTTPBadRequest(text="host not allowed")
    with urllib.request.urlopen(url, timeout=5) as resp:
        return web.json_response({"length": len(resp.read())})


@routes.get("/preview-req")
async def preview_req(request: web.Request):
    target = request.query["target"]
    # expect: ssrf-urllib-request
    req = urllib.request.Request(target, headers={"User-Agent": "preview-bot"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        return web.Response(text=str(resp.status))


@routes.get("/preview-public")
async def preview_public(request: web.Request):
    url = request.query.get("url", "")
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.hostname:
        raise web.HTTPBadRequest()
    address = ipaddress.ip_address(socket.gethostbyname(parsed.hostname))
    if not address.is_global:
        raise web.HTTPBadRequest()
    return web.json_response({"host": parsed.hostname})


@routes.get("/history")
async def history(request: web.Request):
    domain = request.query.get("domain", "")
    async with aiopg.create_pool(DSN) as pool:
        async with pool.acquire() as conn:
            async with conn.cursor() as cur:
                # expect: sql-injection-aiopg
                await cur.execute("SELECT url, fetched_at FROM previews WHERE domain = '%s'" % domain)
                rows = await cur.fetchall()
    return web.json_response([[r[0], r[1].isoformat()] for r in rows])


@routes.get("/history-safe")
async def history_safe(request: web.Request):
    domain = request.query.get("domain", "")
    async with aiopg.create_pool(DSN) as pool:
        async with pool.acquire() as conn:
            async with conn.cursor() as cur:
                await cur.execute("SELECT url, fetched_at FROM previews WHERE domain = %s", (domain,))
                rows = await cur.fetchall()
    return web.json_response([[r[0], r[1].isoformat()] for r in rows])

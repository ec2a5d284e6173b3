import asyncio
import hashlib
import os
import ssl

import aiohttp
import asyncpg
from aiohttp import web

routes = web.RouteTableDef()
UPSTREAM = os.environ.get("UPSTREAM", "https://inventory.internal.example.com")


@routes.get("/admin/users")
async def list_users(request: web.Request) -> web.Response:
    pool: asyncpg.Pool = request.app["pool"]
    role = request.query.get("role", "user")
    async with pool.acquire() as conn:
        # expect: sql-injection
        rows = await conn.fetch("SELECT id, email FROM users WHERE role = '%s'" % role)
    return web.json_response([dict(r) for r in rows])


@routes.get("/admin/users/{uid}")
async def get_user(request: web.Request) -> web.Response:
    pool: asyncpg.Pool = request.app["pool"]
    async with pool.acquire() as conn:
        row = await conn.fetchrow("SELECT id, email FROM users WHERE id = $1", int(request.match_info["uid"]))
    return web.json_response(dict(row) if row else {})


@routes.post("/admin/users")
async def create_user(request: web.Request) -> web.Response:
    data = await request.post()
    # expect: weak-hash
    pw_hash = hashlib.md5(data["password"].encode()).hexdigest()
    pool: asyncpg.Pool = request.app["pool"]
    async with pool.acquire() as conn:
        await conn.execute("INSERT INTO users (email, pw) VALUES ($1, $2)", data["email"], pw_hash)
    raise web.HTTPFound("/admin/users")


@routes.get("/admin/goto")
async def goto(request: web.Request) -> web.Response:
    # expect: open-redirect
    raise web.HTTPFound(request.query["url"])


@routes.get("/admin/hello")
async def hello(request: web.Request) -> web.Response:
    # expect: xss
    return web.Response(text=f"<h1>{request.query.get('name', '')}</h1>", content_type="text/html")


@routes.get("/admin/proxy")
async def proxy(request: web.Request) -> web.Response:
    ctx = ssl.create_default_context()
    async with aiohttp.ClientSession() as s:
        async with s.get(UPSTREAM + "/stock", ssl=ctx, timeout=aiohttp.ClientTimeout(total=10)) as r:
            return web.json_response(await r.json())


@routes.get("/admin/legacy-proxy")
async def legacy_proxy(request: web.Request) -> web.Response:
    async with aiohttp.ClientSession() as s:
        # expect: insecure-transport
        async with s.get("http://inventory-legacy.example.com/stock", timeout=aiohttp.ClientTimeout(total=10)) as r:
            return web.json_response(await r.json())


@routes.get("/admin/raw-proxy")
async def raw_proxy(request: web.Request) -> web.Response:
    async with aiohttp.ClientSession() as s:
        # expect: tls-verify-off
        async with s.get(UPSTREAM + "/stock", ssl=False) as r:
            return web.json_response(await r.json())


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    # expect: bind-all
    web.run_app(make_app(), host="0.0.0.0", port=8080)

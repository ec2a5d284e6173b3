"""aiohttp handlers for the metrics gateway."""

from __future__ import annotations

import asyncpg
from aiohttp import ClientSession, ClientTimeout, web

routes = web.RouteTableDef()
METRICS = {"cpu", "mem", "disk"}


@routes.get("/series")
async def series(request: web.Request) -> web.Response:
    metric = request.query.get("metric", "cpu")
    host = request.query.get("host", "")
    pool: asyncpg.Pool = request.app["pool"]
    async with pool.acquire() as conn:
        # expect: sql-injection
        rows = await conn.fetch(f"SELECT ts, value FROM samples WHERE metric = '{metric}' AND host = '{host}'")
    return web.json_response([dict(r) for r in rows], dumps=lambda o: __import__("json").dumps(o, default=str))


@routes.get("/series-safe")
async def series_safe(request: web.Request) -> web.Response:
    metric = request.query.get("metric", "cpu")
    if metric not in METRICS:
        raise web.HTTPBadRequest(text="unknown metric")
    pool: asyncpg.Pool = request.app["pool"]
    async with pool.acquire() as conn:
        rows = await conn.fetch("SELECT ts, value FROM samples WHERE metric = $1 AND host = $2",
                                metric, request.query.get("host", ""))
    return web.json_response([dict(r) for r in rows])


@routes.post("/forward")
async def forward(request: web.Request) -> web.Response:
    data = await request.post()
    target = data["target"]
    async with ClientSession(timeout=ClientTimeout(total=5)) as s:
        # expect: ssrf
        async with s.get(target) as resp:
            body = await resp.read()
    return web.Response(body=body)


@routes.get("/greet")
async def greet(request: web.Request) -> web.Response:
    who = request.match_info.get("name", "anon")
    # expect: xss
    return web.Response(text=f"<h2>Hi {who}</h2>", content_type="text/html")


@routes.get("/greet-plain")
async def greet_plain(request: web.Request) -> web.Response:
    who = request.match_info.get("name", "anon")
    return web.Response(text=f"Hi {who}")

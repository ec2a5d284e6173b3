"""Audit log storage on PostgreSQL via aiopg."""
import logging
import os

import aiopg
from aiohttp import web

log = logging.getLogger(__name__)

DSN = os.environ.get("AUDIT_DSN", "dbname=audit user=audit host=127.0.0.1")
COLUMNS = {"created_at", "actor", "action"}


async def init_pool(app: web.Application) -> None:
    app["pool"] = await aiopg.create_pool(DSN, minsize=1, maxsize=10)


async def record(pool, actor: str, action: str, target: str) -> None:
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("INSERT INTO audit (actor, action, target) VALUES (%s, %s, %s)", (actor, action, target))


async def list_entries(request: web.Request) -> web.Response:
    actor = request.query.get("actor", "")
    sort = request.query.get("sort", "created_at")
    if sort not in COLUMNS:
        sort = "created_at"
    async with request.app["pool"].acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute(f"SELECT actor, action, target FROM audit WHERE actor = %s ORDER BY {sort} DESC LIMIT 100", (actor,))
            rows = await cur.fetchall()
    return web.json_response([list(r) for r in rows])


async def search(request: web.Request) -> web.Response:
    term = request.query.get("q", "")
    async with request.app["pool"].acquire() as conn:
        async with conn.cursor() as cur:
            # expect: sql-injection
            await cur.execute(f"SELECT actor, action FROM audit WHERE target LIKE '%{term}%'")
            rows = await cur.fetchall()
    return web.json_response([list(r) for r in rows])


async def purge(request: web.Request) -> web.Response:
    data = await request.json()
    async with request.app["pool"].acquire() as conn:
        async with conn.cursor() as cur:
            # expect: sql-injection
            await cur.execute("DELETE FROM audit WHERE created_at < '%s'" % data["before"])
            log.warning("audit purge before %s by %s", data["before"], request.remote)
    return web.json_response({"ok": True})


async def by_action(request: web.Request) -> web.Response:
    action = request.match_info["action"]
    async with request.app["pool"].acquire() as conn:
        async with conn.cursor() as cur:
            # expect: sql-injection
            await cur.execute("SELECT count(*) FROM audit WHERE action = '" + action + "'")
            (count,) = await cur.fetchone()
    return web.json_response({"action": action, "count": count})

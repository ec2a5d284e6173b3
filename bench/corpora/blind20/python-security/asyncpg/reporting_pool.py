"""Reporting endpoints running raw SQL on an asyncpg pool (aiohttp)."""
from pathlib import Path

from aiohttp import web

EXPORT_DIR = Path("/srv/exports")

GROUPINGS = {"day": "date_trunc('day', at)", "week": "date_trunc('week', at)", "month": "date_trunc('month', at)"}
METRICS = frozenset({"revenue", "orders", "refunds"})

routes = web.RouteTableDef()


@routes.get("/reports/{metric}")
async def metric_report(request: web.Request) -> web.Response:
    metric = request.match_info["metric"]
    if metric not in METRICS:
        raise web.HTTPNotFound()
    bucket = GROUPINGS.get(request.query.get("group", "day"), GROUPINGS["day"])
    pool = request.app["pool"]
    rows = await pool.fetch(f"SELECT {bucket} AS bucket, sum({metric}) FROM daily_stats WHERE shop_id = $1 GROUP BY 1", int(request.query["shop"]))
    return web.json_response([dict(r) for r in rows], dumps=str)


@routes.get("/reports/custom")
async def custom_report(request: web.Request) -> web.Response:
    column = request.query.get("column", "revenue")
    pool = request.app["pool"]
    # expect: sql-injection
    rows = await pool.fetch(f"SELECT at, {column} FROM daily_stats ORDER BY at DESC LIMIT 30")
    return web.json_response([dict(r) for r in rows], dumps=str)


@routes.get("/reports/shop")
async def shop_report(request: web.Request) -> web.Response:
    shop = request.query["shop"]
    async with request.app["pool"].acquire() as conn:
        # expect: sql-injection
        row = await conn.fetchrow("SELECT * FROM shops WHERE slug = '{}'".format(shop))
    return web.json_response(dict(row) if row else {}, dumps=str)


@routes.get("/reports/shop/bound")
async def shop_report_bound(request: web.Request) -> web.Response:
    async with request.app["pool"].acquire() as conn:
        row = await conn.fetchrow("SELECT * FROM shops WHERE slug = $1", request.query["shop"])
    return web.json_response(dict(row) if row else {}, dumps=str)


@routes.post("/reports/export")
async def export(request: web.Request) -> web.Response:
    body = await request.json()
    async with request.app["pool"].acquire() as conn:
        # expect: sql-injection
        await conn.copy_from_query("SELECT * FROM daily_stats WHERE " + body["filter"], output=str(EXPORT_DIR / f"{int(body['id'])}.csv"), format="csv")
    return web.json_response({"ok": True})


@routes.post("/reports/export/bound")
async def export_bound(request: web.Request) -> web.Response:
    body = await request.json()
    async with request.app["pool"].acquire() as conn:
        await conn.copy_from_query("SELECT * FROM daily_stats WHERE shop_id = $1", int(body["shop"]), output=str(EXPORT_DIR / f"shop-{int(body['shop'])}.csv"), format="csv")
    return web.json_response({"ok": True})

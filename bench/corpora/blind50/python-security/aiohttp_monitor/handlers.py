"""Handlers of the monitor API."""
import json
import sqlite3

from aiohttp import web

from probes import HttpProbe, ping, ping_exec, traceroute_quoted

routes = web.RouteTableDef()
DB = "/var/lib/monitor/monitor.db"


@routes.get("/ping/{host}")
async def ping_host(request):
    host = request.match_info["host"]
    count = request.query.get("count", "3")
    return web.json_response({"output": await ping(host, count)})


@routes.get("/ping-safe/{host}")
async def ping_host_safe(request):
    host = request.match_info["host"]
    try:
        output = await ping_exec(host, int(request.query.get("count", "3")))
    except ValueError:
        raise web.HTTPBadRequest(text="bad host or count")
    return web.json_response({"output": output})


@routes.get("/trace")
async def trace(request):
    return web.json_response({"output": await traceroute_quoted(request.query.get("host", "localhost"))})


@routes.post("/check")
async def check(request):
    body = await request.json()
    targets = body.get("targets", [])
    probe = HttpProbe(request.app["http"])
    results = {}
    for target in targets:
        results[target] = await probe.check(target)
    return web.json_response(results)


@routes.post("/check-via-service")
async def check_via_service(request):
    body = await request.json()
    probe = HttpProbe(request.app["http"])
    return web.json_response({"status": await probe.check_via_service(body.get("target", ""))})


@routes.get("/incidents")
async def incidents(request):
    site = request["site"]
    conn = sqlite3.connect(DB)
    try:
        # expect: sql-injection
        rows = conn.execute("SELECT id, title FROM incidents WHERE site = '" + site + "' ORDER BY id DESC").fetchall()
    finally:
        conn.close()
    return web.json_response([{"id": i, "title": t} for i, t in rows])


@routes.get("/incidents-safe")
async def incidents_safe(request):
    site = request["site"]
    conn = sqlite3.connect(DB)
    try:
        rows = conn.execute("SELECT id, title FROM incidents WHERE site = ? ORDER BY id DESC", (site,)).fetchall()
    finally:
        conn.close()
    return web.json_response([{"id": i, "title": t} for i, t in rows])


@routes.get("/status")
async def status(request):
    name = request.query.get("name", "")
    # expect: xss
    return web.Response(text=f"<html><body><h2>Status of {name}</h2></body></html>", content_type="text/html")


@routes.get("/status.json")
async def status_json(request):
    name = request.query.get("name", "")
    return web.Response(text=json.dumps({"name": name}), content_type="application/json")

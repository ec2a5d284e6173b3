import asyncio
import html
import json
from pathlib import Path

import aiofiles
import aiohttp
from aiohttp import web

STATIC = Path("/srv/aio/static")
routes = web.RouteTableDef()


@routes.get("/user/{name}")
async def user_page(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    body = "<h1>" + name + "</h1>"
    # expect: xss
    return web.Response(text=body, content_type="text/html")


@routes.get("/user-safe/{name}")
async def user_page_safe(request: web.Request) -> web.Response:
    body = "<h1>" + html.escape(request.match_info["name"]) + "</h1>"
    return web.Response(text=body, content_type="text/html")


@routes.get("/static")
async def static_file(request: web.Request) -> web.Response:
    rel = request.query.get("path")
    if not rel:
        rel = "index.html"
    # expect: path-traversal
    async with aiofiles.open(STATIC / rel, "rb") as fh:
        data = await fh.read()
    return web.Response(body=data)


@routes.post("/lint")
async def lint(request: web.Request) -> web.Response:
    payload = await request.json()
    filename = payload.get("file", "main.py")
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell("ruff check " + filename, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return web.json_response({"output": out.decode()})


@routes.post("/lint-safe")
async def lint_safe(request: web.Request) -> web.Response:
    payload = await request.json()
    proc = await asyncio.create_subprocess_exec(
        "ruff", "check", "--", payload.get("file", "main.py"), stdout=asyncio.subprocess.PIPE
    )
    out, _ = await proc.communicate()
    return web.json_response({"output": out.decode()})


@routes.get("/mirror")
async def mirror(request: web.Request) -> web.Response:
    target = request.query.get("src", "")
    async with aiohttp.ClientSession() as session:
        # expect: ssrf
        async with session.get(target) as resp:
            text = await resp.text()
    return web.Response(text=text[:1000])


@routes.get("/settings")
async def settings(request: web.Request) -> web.Response:
    keys = request.query.getall("key", [])
    data = json.loads((STATIC / "settings.json").read_text())
    return web.json_response({k: data.get(k) for k in keys})

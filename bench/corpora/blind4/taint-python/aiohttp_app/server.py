"""aiohttp service for the media pipeline."""
from __future__ import annotations

import asyncio
import logging
import os
import re
import shlex

import aiofiles
import aiohttp
from aiohttp import web

log = logging.getLogger(__name__)
routes = web.RouteTableDef()
STORE = "/srv/media/store"
ALLOWED_FORMATS = {"webp", "avif", "jpeg"}
KEY_RE = re.compile(r"^[a-f0-9]{32}$")


async def _body_field(request: web.Request, name: str) -> str:
    data = await request.post()
    return str(data.get(name, ""))


@routes.get("/media/{key}")
async def get_media(request: web.Request) -> web.StreamResponse:
    key = request.match_info["key"]
    path = f"{STORE}/{key}"
    # expect: tainted-path
    async with aiofiles.open(path, "rb") as fh:
        data = await fh.read()
    return web.Response(body=data, content_type="application/octet-stream")


@routes.get("/media2/{key}")
async def get_media_checked(request: web.Request) -> web.StreamResponse:
    key = request.match_info["key"]
    if not KEY_RE.match(key):
        raise web.HTTPBadRequest(text="bad key")
    async with aiofiles.open(f"{STORE}/{key}", "rb") as fh:
        data = await fh.read()
    return web.Response(body=data, content_type="application/octet-stream")


@routes.post("/transcode")
async def transcode(request: web.Request) -> web.Response:
    fmt = await _body_field(request, "format")
    key = await _body_field(request, "key")
    # expect: tainted-command
    proc = await asyncio.create_subprocess_shell(f"ffmpeg -i {STORE}/{key} {STORE}/{key}.{fmt}")
    await proc.wait()
    return web.json_response({"code": proc.returncode})


@routes.post("/transcode2")
async def transcode_safe(request: web.Request) -> web.Response:
    fmt = await _body_field(request, "format")
    key = await _body_field(request, "key")
    if fmt not in ALLOWED_FORMATS or not KEY_RE.match(key):
        raise web.HTTPBadRequest(text="bad request")
    proc = await asyncio.create_subprocess_exec("ffmpeg", "-i", f"{STORE}/{key}", f"{STORE}/{key}.{fmt}")
    await proc.wait()
    return web.json_response({"code": proc.returncode})


@routes.post("/ingest")
async def ingest(request: web.Request) -> web.Response:
    body = await request.json()
    source = body["source_url"]
    async with aiohttp.ClientSession() as session:
        # expect: tainted-ssrf
        async with session.get(source) as resp:
            data = await resp.read()
    return web.json_response({"bytes": len(data)})


@routes.get("/login/callback")
async def callback(request: web.Request) -> web.Response:
    state = request.query.get("state", "/")
    # expect: tainted-redirect
    raise web.HTTPFound(location=state)


@routes.get("/hello")
async def hello(request: web.Request) -> web.Response:
    name = request.headers.get("X-User-Name", "there")
    # expect: tainted-xss
    return web.Response(text=f"<p>Hello {name}</p>", content_type="text/html")


@routes.get("/hello.txt")
async def hello_text(request: web.Request) -> web.Response:
    name = request.headers.get("X-User-Name", "there")
    return web.Response(text=f"Hello {name}", content_type="text/plain")


@routes.post("/probe")
async def probe(request: web.Request) -> web.Response:
    key = await _body_field(request, "key")
    cmd = "ffprobe -v quiet -print_format json " + shlex.quote(f"{STORE}/{key}")
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return web.Response(body=out, content_type="application/json")


def make_app() -> web.Application:
    app = web.Application(client_max_size=50 * 1024 * 1024)
    app.add_routes(routes)
    return app

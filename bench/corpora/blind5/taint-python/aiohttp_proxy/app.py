import json
import pickle
import base64
import hmac
import hashlib

import aiohttp
import yaml
from aiohttp import web

routes = web.RouteTableDef()
SIGNING_KEY = b"loaded-at-startup"  # replaced from the environment in create_app
UPSTREAMS = {"billing": "http://billing.internal:8080", "search": "http://search.internal:9200"}


@routes.get("/proxy")
async def proxy(request: web.Request) -> web.Response:
    upstream = request.query["u"]
    async with aiohttp.ClientSession() as session:
        # expect: ssrf
        async with session.get(upstream) as resp:
            return web.Response(body=await resp.read(), status=resp.status)


@routes.get("/proxy/{service}/{path:.*}")
async def proxy_named(request: web.Request) -> web.Response:
    base = UPSTREAMS.get(request.match_info["service"])
    if base is None:
        raise web.HTTPNotFound()
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{base}/{request.match_info['path']}") as resp:
            return web.Response(body=await resp.read(), status=resp.status)


@routes.post("/session/restore")
async def restore(request: web.Request) -> web.Response:
    blob = (await request.post())["state"]
    # expect: deserialization
    state = pickle.loads(base64.b64decode(blob))
    return web.json_response({"keys": sorted(state)})


@routes.post("/session/restore-signed")
async def restore_signed(request: web.Request) -> web.Response:
    form = await request.post()
    blob, sig = form["state"], form["sig"]
    expected = hmac.new(SIGNING_KEY, blob.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, sig):
        raise web.HTTPForbidden()
    state = json.loads(base64.b64decode(blob))
    return web.json_response({"keys": sorted(state)})


@routes.post("/config/import")
async def import_config(request: web.Request) -> web.Response:
    text = await request.text()
    # expect: deserialization
    cfg = yaml.load(text, Loader=yaml.Loader)
    return web.json_response({"sections": list(cfg)})


@routes.post("/config/import-safe")
async def import_config_safe(request: web.Request) -> web.Response:
    cfg = yaml.safe_load(await request.text())
    return web.json_response({"sections": list(cfg)})


@routes.get("/greet")
async def greet(request: web.Request) -> web.Response:
    name = request.query.get("name", "friend")
    # expect: xss
    return web.Response(text=f"<b>Hi {name}</b>", content_type="text/html")


@routes.get("/greet/plain")
async def greet_plain(request: web.Request) -> web.Response:
    name = request.query.get("name", "friend")
    return web.Response(text=f"Hi {name}")


@routes.get("/out")
async def out(request: web.Request) -> web.Response:
    dest = request.query.get("dest", "/")
    # expect: open-redirect
    raise web.HTTPFound(dest)


@routes.get("/out/safe")
async def out_safe(request: web.Request) -> web.Response:
    dest = request.query.get("dest", "/")
    if dest not in ("/", "/account", "/orders"):
        dest = "/"
    raise web.HTTPFound(dest)


def create_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    return app

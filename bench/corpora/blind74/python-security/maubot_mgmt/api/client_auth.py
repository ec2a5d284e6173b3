"""Logging a bot client in against a Matrix homeserver."""
import aiohttp
from aiohttp import web

from .base import get_config, routes


async def discover_versions(base_url):
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15)) as sess:
        # expect: ssrf
        async with sess.get(f"{base_url}/_matrix/client/versions") as r:
            return await r.json()


@routes.post("/client/auth/discover")
async def discover(request: web.Request) -> web.Response:
    data = await request.json()
    homeserver = data.get("homeserver_url") or "https://matrix.org"
    versions = await discover_versions(homeserver.rstrip("/"))
    return web.json_response(versions)


@routes.post("/client/auth/{server}/discover")
async def discover_configured(request: web.Request) -> web.Response:
    servers = get_config().get("homeservers", {})
    server = servers.get(request.match_info["server"])
    if server is None:
        return web.json_response({"error": "Unknown homeserver"}, status=404)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15)) as sess:
        async with sess.get(server["url"] + "/_matrix/client/versions") as r:
            return web.json_response(await r.json())

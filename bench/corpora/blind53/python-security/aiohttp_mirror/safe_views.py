"""Reviewed counterparts of the mirror views."""
import html
import json

from aiohttp import web

from . import catalog
from .fetcher import Fetcher

routes = web.RouteTableDef()
ALLOWED_NEXT = {"/", "/mirror/packages", "/mirror/popular"}


@routes.view("/v2/mirror/fetch/{name}/{version}")
class FetchView(web.View):
    async def get(self):
        info = self.request.match_info
        fetcher = Fetcher(self.request.app["http"])
        body = await fetcher.fetch_package(info["name"], info["version"])
        return web.Response(body=body, content_type="application/octet-stream")


@routes.view("/v2/mirror/packages")
class PackagesView(web.View):
    async def get(self):
        name = self.request.query.get("name", "")
        return web.json_response(await catalog.find_by_name(name))


@routes.view("/v2/mirror/popular")
class PopularView(web.View):
    async def get(self):
        try:
            limit = int(self.request.query.get("limit", "20"))
        except ValueError:
            limit = 20
        return web.json_response(await catalog.popular(max(1, min(limit, 100))))


@routes.view("/v2/mirror/session")
class SessionView(web.View):
    async def post(self):
        state = json.loads(await self.request.text())
        return web.json_response({"keys": sorted(state)})


@routes.view("/v2/mirror/{name}/readme")
class ReadmeView(web.View):
    async def get(self):
        name = html.escape(self.request.match_info["name"])
        mirror = self.request["mirror_name"]
        text = f"<html><body><h1>{name}</h1><p>{mirror}</p></body></html>"
        return web.Response(text=text, content_type="text/html")


@routes.view("/v2/mirror/go")
class GoView(web.View):
    async def get(self):
        location = self.request.query.get("next", "/")
        if location not in ALLOWED_NEXT:
            location = "/"
        raise web.HTTPFound(location)

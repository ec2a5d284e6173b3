"""Class-based aiohttp views for the package mirror."""
import jsonpickle
from aiohttp import web

from . import catalog
from .fetcher import Fetcher

routes = web.RouteTableDef()


@routes.view("/mirror/fetch")
class FetchView(web.View):
    async def get(self):
        target = self.request.query.get("url")
        if not target:
            target = self.request["upstream"] + "/index.json"
        fetcher = Fetcher(self.request.app["http"])
        body = await fetcher.fetch(target)
        return web.Response(body=body, content_type="application/octet-stream")


@routes.view("/mirror/packages")
class PackagesView(web.View):
    async def get(self):
        rows = await catalog.find_packages(self.request["client_filter"])
        return web.json_response(rows)

    async def post(self):
        data = await self.request.json()
        predicate = data.get("where", "true")
        return web.json_response(await catalog.find_where(predicate))


@routes.view("/mirror/session")
class SessionView(web.View):
    async def post(self):
        blob = await self.request.text()
        # expect: deserialization
        state = jsonpickle.decode(blob)
        return web.json_response({"restored": type(state).__name__})


@routes.view("/mirror/{name}/readme")
class ReadmeView(web.View):
    async def get(self):
        name = self.request.match_info["name"]
        parts = ["<html><body>", "<h1>", name, "</h1>", "</body></html>"]
        # expect: xss
        return web.Response(text="".join(parts), content_type="text/html")


@routes.view("/mirror/go")
class GoView(web.View):
    async def get(self):
        location = self.request.query.get("next", "/")
        # expect: open-redirect
        raise web.HTTPFound(location)

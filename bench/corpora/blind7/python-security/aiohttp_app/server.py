import html
import logging

from aiohttp import web

routes = web.RouteTableDef()
log = logging.getLogger(__name__)


@routes.get("/")
async def index(request: web.Request) -> web.Response:
    return web.Response(text="ok")


@routes.get("/hello/{name}")
async def hello(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    # expect: xss
    return web.Response(text=f"<p>Hello, {name}</p>", content_type="text/html")


@routes.get("/hello-safe/{name}")
async def hello_safe(request: web.Request) -> web.Response:
    name = html.escape(request.match_info["name"])
    return web.Response(text=f"<p>Hello, {name}</p>", content_type="text/html")


@routes.get("/plain/{name}")
async def plain(request: web.Request) -> web.Response:
    return web.Response(text=f"Hello, {request.match_info['name']}")


@routes.post("/session")
async def start_session(request: web.Request) -> web.Response:
    data = await request.post()
    resp = web.json_response({"ok": True})
    # expect: insecure-cookie
    resp.set_cookie("sid", data["sid"], httponly=False)
    return resp


@routes.get("/go")
async def go(request: web.Request):
    target = request.query.get("to", "/")
    # expect: open-redirect
    raise web.HTTPFound(target)


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), host="127.0.0.1", port=8081)

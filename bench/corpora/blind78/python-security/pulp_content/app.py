"""The content app: an aiohttp server that serves published artifacts."""
import logging
import os

from aiohttp import web

from pulp_content.db import Database
from pulp_content.handler import Handler

log = logging.getLogger(__name__)

CONTENT_PATH_PREFIX = os.environ.get("CONTENT_PATH_PREFIX", "/pulp/content/")


@web.middleware
async def authenticate(request: web.Request, handler):
    """Record the user the reverse proxy authenticated, for the handler and the logs."""
    request["remote_user"] = request.headers.get("X-Remote-User", "anonymous")
    request["content_origin"] = request.headers.get("X-Forwarded-Host", "")
    return await handler(request)


@web.middleware
async def access_log(request: web.Request, handler):
    response = await handler(request)
    # expect: log-injection
    log.info("%s %s %s user=%s", request.method, request.rel_url, response.status, request["remote_user"])
    return response


async def on_startup(app: web.Application):
    app["db"] = await Database.connect(os.environ["PULP_DATABASE_URL"])


def make_app() -> web.Application:
    app = web.Application(middlewares=[authenticate, access_log])
    handler = Handler()
    app.on_startup.append(on_startup)
    app.add_routes([
        web.get(CONTENT_PATH_PREFIX, handler.list_distributions),
        web.get(CONTENT_PATH_PREFIX + "{path:.+}", handler.stream_content),
        web.get("/pulp/mirror/{path:.+}", handler.from_mirror),
        web.get("/pulp/origin/{path:.+}", handler.from_origin),
    ])
    return app


if __name__ == "__main__":
    web.run_app(make_app(), host=os.environ.get("PULP_CONTENT_HOST", "127.0.0.1"), port=24816)

"""aiohttp application setup."""
import logging
import os

import aiohttp
from aiohttp import web

from . import safe_views, views
from .middlewares import access_log_middleware_v2, error_middleware, upstream_middleware

LOG_LEVEL = os.environ.get("MIRROR_LOG_LEVEL", "INFO")
HOST = os.environ.get("MIRROR_HOST", "127.0.0.1")
PORT = int(os.environ.get("MIRROR_PORT", "8081"))


async def http_session(app: web.Application):
    app["http"] = aiohttp.ClientSession()
    yield
    await app["http"].close()


def create_app() -> web.Application:
    logging.basicConfig(level=LOG_LEVEL)
    app = web.Application(middlewares=[error_middleware, access_log_middleware_v2, upstream_middleware])
    app["mirror_name"] = os.environ.get("MIRROR_NAME", "primary")
    app.cleanup_ctx.append(http_session)
    app.add_routes(views.routes)
    app.add_routes(safe_views.routes)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), host=HOST, port=PORT)

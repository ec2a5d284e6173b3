"""Entry point of the monitor app."""
import os

import aiohttp
from aiohttp import web

from handlers import routes
from middleware import access_log_middleware, operator_middleware


async def http_session(app):
    app["http"] = aiohttp.ClientSession()
    yield
    await app["http"].close()


def build_app():
    app = web.Application(middlewares=[operator_middleware, access_log_middleware])
    app.add_routes(routes)
    app.cleanup_ctx.append(http_session)
    return app


if __name__ == "__main__":
    web.run_app(build_app(), host=os.environ.get("MONITOR_HOST", "127.0.0.1"), port=int(os.environ.get("MONITOR_PORT", "8081")))

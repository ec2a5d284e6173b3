import logging

import aiohttp
from aiohttp import web

from . import handlers
from .middlewares import target_middleware


async def on_startup(app):
    app["http"] = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))


async def on_cleanup(app):
    await app["http"].close()


def make_app() -> web.Application:
    app = web.Application(middlewares=[target_middleware])
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    app.add_routes(
        [
            web.get("/probe/{tail:.*}", handlers.probe),
            web.get("/probe-v2/{service}/{tail:.*}", handlers.probe_known),
            web.post("/ping", handlers.ping),
            web.post("/ping/v2", handlers.ping_argv),
            web.get("/trace", handlers.trace),
            web.view("/diagnostics", handlers.DiagnosticsView),
        ]
    )
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), host="127.0.0.1", port=8081)

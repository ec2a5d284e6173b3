"""aiohttp entry point: stream Telegram channel files over HTTP."""
import os

from aiohttp import web

import api
from cache import CacheStore

server = api.Client()


async def on_startup(app):
    await server.start()
    app["cache"] = CacheStore(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


async def on_cleanup(app):
    await server.stop()
    await app["cache"].close()


def make_app():
    app = web.Application(client_max_size=8 * 1024 * 1024)
    app.add_routes(
        [
            web.get("/", server.hello),
            web.get("/favicon.ico", server.hello),
            web.get("/thumb", server.thumbnail),
            web.get("/resume", server.resume),
            web.get("/cached", server.cached_file),
            web.get("/{id}", server.Downloader),
            web.get("/{id}/{name}", server.Downloader),
        ]
    )
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "8080")))

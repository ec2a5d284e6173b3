"""Webhook entry point and dashboard routes of the bot."""
import asyncio
import os
import sys
import traceback

import aiohttp
from aiohttp import web
from gidgethub import aiohttp as gh_aiohttp
from gidgethub import routing, sansio

from bedevere import backport, dashboard, docs_preview, store

router = routing.Router(backport.router, docs_preview.router)


async def webhook(request):
    try:
        body = await request.read()
        secret = os.environ.get("GH_SECRET")
        event = sansio.Event.from_http(request.headers, body, secret=secret)
        if event.event == "ping":
            return web.Response(status=200)
        if event.event == "pull_request":
            pr = event.data["pull_request"]
            await store.remember_pr(request.app["redis"], pr["number"], pr["title"], pr["user"]["login"])
        async with aiohttp.ClientSession() as session:
            gh = gh_aiohttp.GitHubAPI(session, "python/bedevere", oauth_token=os.environ.get("GH_AUTH"))
            await asyncio.sleep(1)  # let GitHub settle labels before reading them back
            await router.dispatch(event, gh, session=session)
        return web.Response(status=200)
    except sansio.ValidationFailure:
        return web.Response(status=401)
    except Exception:
        traceback.print_exc(file=sys.stderr)
        return web.Response(status=500)


async def on_startup(app):
    app["redis"] = await store.connect(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


def make_app():
    app = web.Application()
    app.on_startup.append(on_startup)
    app.router.add_post("/", webhook)
    app.router.add_get("/dashboard/pr/{number}", dashboard.pr_page)
    app.router.add_get("/dashboard/pr/{number}/v2", dashboard.pr_page_escaped)
    app.router.add_get("/dashboard/recent", dashboard.recent)
    return app


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8080"))
    web.run_app(make_app(), host=os.environ.get("HOST", "127.0.0.1"), port=port)

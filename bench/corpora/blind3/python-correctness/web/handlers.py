"""Request handlers for the small internal dashboard (aiohttp)."""

from __future__ import annotations

import asyncio
import json
from time import sleep

import requests
from aiohttp import web

STATUS_URL = "https://status.acme.example/api/summary.json"


async def status(request: web.Request) -> web.Response:
    # expect: blocking-call-in-async
    data = requests.get(STATUS_URL, timeout=5).json()
    return web.json_response(data)


async def status_ok(request: web.Request) -> web.Response:
    data = await asyncio.to_thread(lambda: requests.get(STATUS_URL, timeout=5).json())
    return web.json_response(data)


async def slow(request: web.Request) -> web.Response:
    # expect: sync-sleep-in-async
    sleep(0.5)
    return web.Response(text="ok")


async def slow_ok(request: web.Request) -> web.Response:
    await asyncio.sleep(0.5)
    return web.Response(text="ok")


def sync_helper() -> None:
    sleep(0.1)


async def config(request: web.Request) -> web.Response:
    with open("/etc/dashboard.json", encoding="utf-8") as fh:
        cfg = json.load(fh)
    return web.json_response(cfg)


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes([web.get("/status", status), web.get("/status2", status_ok),
                    web.get("/slow", slow), web.get("/slow2", slow_ok), web.get("/config", config)])
    return app

"""asyncio gateway: accepts line-protocol jobs over TCP and fans them out over HTTP."""
from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import ssl
import string

import aiohttp
from aiohttp import web

log = logging.getLogger("gateway")
LISTEN_HOST = os.environ.get("GATEWAY_HOST", "127.0.0.1")
ALLOWED_UPSTREAMS = {"billing": "https://billing.internal/api", "search": "https://search.internal/api"}


def new_session_token() -> str:
    # expect: insecure-random
    return "".join(random.choices(string.ascii_letters + string.digits, k=32))


def backoff(attempt: int) -> float:
    return min(30.0, 2 ** attempt) * random.random()


async def run_hook(name: str, arg: str) -> str:
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"/opt/hooks/{name}.sh {arg}", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def run_hook_safe(name: str, arg: str) -> str:
    proc = await asyncio.create_subprocess_exec("/opt/hooks/dispatch", name, arg, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def forward(session: aiohttp.ClientSession, upstream: str, body: dict) -> dict:
    base = ALLOWED_UPSTREAMS[upstream]
    async with session.post(f"{base}/jobs", json=body) as resp:
        return await resp.json()


async def fetch_legacy(session: aiohttp.ClientSession, path: str) -> str:
    # expect: tls-verify-off
    async with session.get(f"https://legacy.internal{path}", ssl=False) as resp:
        return await resp.text()


async def preview(request: web.Request) -> web.Response:
    target = request.query["url"]
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        # expect: ssrf
        async with session.get(target) as resp:
            return web.Response(text=(await resp.text())[:2000])


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    line = await reader.readline()
    job = json.loads(line)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15)) as session:
        result = await forward(session, job["upstream"], job["body"])
    writer.write(json.dumps(result).encode() + b"\n")
    await writer.drain()
    writer.close()


def client_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile="/etc/gateway/ca.pem")
    ctx.check_hostname = True
    return ctx


def legacy_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # expect: tls-verify-off
    ctx.check_hostname = False
    # expect: tls-verify-off
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


async def main() -> None:
    internal = await asyncio.start_server(handle, LISTEN_HOST, 7400)
    # expect: bind-all
    public = await asyncio.start_server(handle, "0.0.0.0", 7401)
    app = web.Application()
    app.router.add_get("/preview", preview)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 7480).start()
    async with internal, public:
        await asyncio.gather(internal.serve_forever(), public.serve_forever())


if __name__ == "__main__":
    asyncio.run(main())

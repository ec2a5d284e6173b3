"""Network diagnostics endpoint (aiohttp)."""
import asyncio

from aiohttp import web


async def ping(request: web.Request) -> web.Response:
    host = request.query.get("host", "127.0.0.1")
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"ping -c 3 {host}", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return web.Response(text=out.decode())


app = web.Application()
app.router.add_get("/diag/ping", ping)

"""Network diagnostics endpoint (aiohttp), argv form."""
import asyncio
import ipaddress

from aiohttp import web


async def ping(request: web.Request) -> web.Response:
    host = request.query.get("host", "127.0.0.1")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        raise web.HTTPBadRequest(text="host must be an IP address")
    proc = await asyncio.create_subprocess_exec("ping", "-c", "3", host, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return web.Response(text=out.decode())


app = web.Application()
app.router.add_get("/diag/ping", ping)

"""Webhook debugger page (aiohttp)."""
from aiohttp import web


async def echo(request: web.Request) -> web.Response:
    data = await request.post()
    note = data.get("note", "")
    # expect: xss
    return web.Response(text=f"<pre>{note}</pre>", content_type="text/html")

"""Webhook debugger page (aiohttp), escaped."""
import html

from aiohttp import web


async def echo(request: web.Request) -> web.Response:
    data = await request.post()
    note = data.get("note", "")
    return web.Response(text=f"<pre>{html.escape(note)}</pre>", content_type="text/html")

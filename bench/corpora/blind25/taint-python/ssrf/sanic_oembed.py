"""oEmbed resolver (Sanic + aiohttp)."""
import aiohttp
from sanic import Sanic
from sanic.response import json

app = Sanic("oembed")


@app.get("/oembed")
async def oembed(request):
    provider = request.args.get("provider", "https://www.youtube.com/oembed")
    url = request.args.get("url", "")
    async with aiohttp.ClientSession() as session:
        # expect: ssrf
        async with session.get(provider, params={"url": url, "format": "json"}) as resp:
            return json(await resp.json())

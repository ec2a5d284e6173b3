"""oEmbed resolver (Sanic + aiohttp), provider chosen from a table."""
import aiohttp
from sanic import Sanic
from sanic.response import json

app = Sanic("oembed")
PROVIDERS = {"youtube": "https://www.youtube.com/oembed", "vimeo": "https://vimeo.com/api/oembed.json"}


@app.get("/oembed")
async def oembed(request):
    provider = PROVIDERS.get(request.args.get("provider", "youtube"), PROVIDERS["youtube"])
    url = request.args.get("url", "")
    async with aiohttp.ClientSession() as session:
        async with session.get(provider, params={"url": url, "format": "json"}) as resp:
            return json(await resp.json())

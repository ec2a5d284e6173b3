"""Status skill: reports build status back to the caller."""
import aiohttp
from aiohttp.web import Request
from opsdroid.matchers import match_webhook

STATUS_API = "https://status.example.org/api/v1/builds"


@match_webhook("build")
async def on_build(opsdroid, config, message):
    if not isinstance(message, Request):
        return
    payload = await message.json()
    async with aiohttp.ClientSession() as session:
        await session.post(STATUS_API, json={"build": payload.get("number")}, timeout=aiohttp.ClientTimeout(total=10))
        callback = payload.get("callback_url")
        if callback:
            # expect: ssrf
            await session.post(callback, json={"seen": True}, timeout=aiohttp.ClientTimeout(total=10))

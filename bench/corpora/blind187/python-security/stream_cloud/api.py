"""Handlers: stream a channel message's media, thumbnails, resumable sessions."""
import base64
import json
import os
import pickle
from urllib.parse import urlparse

import aiohttp
from aiohttp import web
from telethon import TelegramClient

from config import API_HASH, API_ID, BOT_TOKEN, CACHE_DIR, CHANNEL_ID

THUMB_HOSTS = {"cdn4.telegram-cdn.org", "cdn5.telegram-cdn.org"}


class Client:
    def __init__(self):
        self.tg = TelegramClient("stream_session", API_ID, API_HASH)
        self.http = None

    async def start(self):
        await self.tg.start(bot_token=BOT_TOKEN)
        self.http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))

    async def stop(self):
        await self.http.close()
        await self.tg.disconnect()

    async def hello(self, request):
        return web.json_response({"ok": True})

    async def Downloader(self, request):
        try:
            message_id = int(request.match_info["id"])
        except ValueError:
            raise web.HTTPBadRequest(text="id must be a number")
        message = await self.tg.get_messages(CHANNEL_ID, ids=message_id)
        if not message or not message.file:
            raise web.HTTPNotFound()
        resp = web.StreamResponse(headers={"Content-Type": message.file.mime_type or "application/octet-stream"})
        await resp.prepare(request)
        async for chunk in self.tg.iter_download(message.media):
            await resp.write(chunk)
        return resp

    async def thumbnail(self, request):
        url = request.query.get("url", "")
        parsed = urlparse(url)
        if parsed.scheme == "https" and parsed.hostname in THUMB_HOSTS:
            async with self.http.get(url, allow_redirects=False) as r:
                return web.Response(body=await r.read(), content_type="image/jpeg")
        if request.query.get("proxy") == "1":
            # expect: ssrf
            async with self.http.get(url) as r:
                return web.Response(body=await r.read(), content_type=r.content_type)
        raise web.HTTPBadRequest(text="thumbnail host not allowed")

    async def resume(self, request):
        """Resume a half-finished download; the client keeps its state in a cookie."""
        raw = request.cookies.get("dl_state")
        if raw:
            # expect: deserialization
            state = pickle.loads(base64.urlsafe_b64decode(raw))
        else:
            state = {"id": int(request.query.get("id", "0")), "offset": 0}
        return web.json_response({"id": state["id"], "offset": state["offset"]})

    async def resume_json(self, request):
        raw = request.cookies.get("dl_state_v2", "{}")
        state = json.loads(base64.urlsafe_b64decode(raw) or b"{}")
        return web.json_response({"id": int(state.get("id", 0)), "offset": int(state.get("offset", 0))})

    async def cached_file(self, request):
        name = request.query.get("name", "")
        path = os.path.join(CACHE_DIR, name)
        if not os.path.isfile(path):
            raise web.HTTPNotFound()
        # expect: path-traversal
        return web.FileResponse(path)

    async def cached_by_id(self, request):
        message_id = int(request.match_info["id"])
        path = os.path.join(CACHE_DIR, f"{message_id}.bin")
        cached = await request.app["cache"].get_meta(message_id)
        if cached is None or not os.path.isfile(path):
            raise web.HTTPNotFound()
        return web.FileResponse(path, headers={"X-Cached-At": str(cached["at"])})

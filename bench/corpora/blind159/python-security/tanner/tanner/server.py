"""Tanner event server: SNARE sensors post every request they see."""
import json
import logging

from aiohttp import web

from tanner.session_manager import SessionManager
from tanner.utils.notify import notify_hook

logger = logging.getLogger("tanner.server")


class TannerServer:
    def __init__(self, redis_client, config):
        self.session_manager = SessionManager()
        self.redis_client = redis_client
        self.config = config

    async def handle_event(self, request):
        data = await request.read()
        try:
            data = json.loads(data.decode("utf-8"))
            path = data["path"]
        except (TypeError, ValueError, KeyError) as error:
            logger.error("error parsing request: %s", data)
            return web.json_response({"version": 1, "response": {"message": {"error": str(error)}}})
        session = await self.session_manager.add_or_update_session(data, self.redis_client)
        logger.info("Requested path %s", path)
        hook = data.get("cookies", {}).get("x-hook") or self.config["NOTIFY"]["default_hook"]
        await notify_hook(hook, {"sess_uuid": str(session.id), "path": path})
        return web.json_response({"version": 1, "response": {"message": {"sess_uuid": str(session.id)}}})

    async def handle_version(self, request):
        return web.json_response({"version": 1, "response": {"message": "tanner"}})

    def make_app(self):
        app = web.Application()
        app.router.add_post("/event", self.handle_event)
        app.router.add_get("/version", self.handle_version)
        return app

"""Daemon websocket server: the GUI sends commands, the daemon runs services."""

from __future__ import annotations

import json
import logging
from typing import Any, Dict

from aiohttp import WSMsgType, web

from chia.daemon.plotting import plotter_version, start_plotting

log = logging.getLogger(__name__)


class WebSocketServer:

    def __init__(self, root_path, ssl_context) -> None:
        self.root_path = root_path
        self.ssl_context = ssl_context
        self.connections: Dict[str, web.WebSocketResponse] = {}

    async def incoming_connection(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            message = json.loads(msg.data)
            response = await self.handle_message(message)
            await ws.send_str(json.dumps({"request_id": message.get("request_id"), "data": response}))
        return ws

    async def handle_message(self, message: Dict[str, Any]) -> Dict[str, Any]:
        command = message.get("command")
        data = message.get("data", {})
        if command == "start_plotting":
            return await start_plotting(data)
        if command == "get_plotter_version":
            return {"version": await plotter_version(data.get("plotter", "chiapos"))}
        if command == "ping":
            return {"value": "pong"}
        return {"success": False, "error": f"unknown command {command!r}"}

    def build_app(self) -> web.Application:
        app = web.Application()
        app.add_routes([web.get("/", self.incoming_connection)])
        return app

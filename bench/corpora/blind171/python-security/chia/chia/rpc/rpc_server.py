"""aiohttp JSON-RPC server shared by the full node, wallet, farmer and harvester."""

from __future__ import annotations

import json
import logging
import ssl
from typing import Any, Awaitable, Callable, Dict

from aiohttp import web

log = logging.getLogger(__name__)

Endpoint = Callable[[Dict[str, Any]], Awaitable[Dict[str, Any]]]


def _wrap_http_handler(f: Endpoint) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def inner(request: web.Request) -> web.Response:
        try:
            request_data = await request.json()
        except json.JSONDecodeError:
            return web.json_response({"success": False, "error": "invalid json"}, status=400)
        try:
            res_object = await f(request_data)
            if res_object is None:
                res_object = {}
            res_object.setdefault("success", True)
        except Exception as e:
            log.warning("Error while handling message: %s", e)
            res_object = {"success": False, "error": str(e)}
        return web.json_response(res_object)

    return inner


class RpcServer:

    def __init__(self, rpc_api, service_name: str, ssl_context: ssl.SSLContext) -> None:
        self.rpc_api = rpc_api
        self.service_name = service_name
        self.ssl_context = ssl_context

    def get_routes(self) -> Dict[str, Endpoint]:
        return {
            "/get_connections": self.get_connections,
            "/healthz": self.healthz,
            **self.rpc_api.get_routes(),
        }

    async def get_connections(self, request: Dict[str, Any]) -> Dict[str, Any]:
        return {"connections": self.rpc_api.service.server.get_connections_json()}

    async def healthz(self, request: Dict[str, Any]) -> Dict[str, Any]:
        return {"success": True}

    def build_app(self) -> web.Application:
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.add_routes([web.post(route, _wrap_http_handler(func))
                        for route, func in self.get_routes().items()])
        return app

    async def start(self, self_hostname: str, port: int) -> web.AppRunner:
        runner = web.AppRunner(self.build_app(), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self_hostname, port, ssl_context=self.ssl_context)
        await site.start()
        return runner

"""Session API: list the caller's compute sessions and import container images."""
import logging

import trafaret as t
from aiohttp import web

from ai.backend.manager.api.auth import admin_required, auth_required
from ai.backend.manager.api.utils import check_api_params
from ai.backend.manager.container_registry import RegistryScanner
from ai.backend.manager.models.session_query import query_sessions, query_sessions_by_status

log = logging.getLogger(__name__)
STATUSES = ("PENDING", "PREPARING", "RUNNING", "TERMINATING", "TERMINATED", "ERROR")


@auth_required
@check_api_params(t.Dict({
    t.Key("status", default="RUNNING"): t.Enum(*STATUSES),
    t.Key("order", default="created_at"): t.String(),
    t.Key("limit", default=20): t.ToInt(lte=100),
}))
async def list_sessions(request: web.Request, params) -> web.Response:
    root_ctx = request.app["_root.context"]
    access_key = request["keypair"]["access_key"]
    async with root_ctx.db.begin_readonly() as conn:
        rows = await query_sessions(conn, access_key, params["status"], params["order"], params["limit"])
    return web.json_response({"sessions": rows})


@auth_required
@check_api_params(t.Dict({t.Key("status", default="RUNNING"): t.String()}))
async def list_sessions_by_status(request: web.Request, params) -> web.Response:
    root_ctx = request.app["_root.context"]
    async with root_ctx.db.begin_readonly() as conn:
        rows = await query_sessions_by_status(conn, request["keypair"]["access_key"], params["status"])
    return web.json_response({"sessions": rows})


@admin_required
@check_api_params(t.Dict({t.Key("registry_url"): t.String(), t.Key("project", default="library"): t.String()}))
async def rescan_registry(request: web.Request, params) -> web.Response:
    """Scan a registry for images; the URL is given by the (domain) admin in the request."""
    root_ctx = request.app["_root.context"]
    scanner = RegistryScanner(root_ctx.shared_config)
    images = await scanner.scan_url(params["registry_url"], params["project"])
    return web.json_response({"images": images})


@admin_required
@check_api_params(t.Dict({t.Key("registry"): t.String()}))
async def rescan_known_registry(request: web.Request, params) -> web.Response:
    root_ctx = request.app["_root.context"]
    images = await RegistryScanner(root_ctx.shared_config).scan_configured(params["registry"])
    return web.json_response({"images": images})


def create_app(default_cors_options):
    app = web.Application()
    app["prefix"] = "session"
    app.router.add_route("GET", "/", list_sessions)
    app.router.add_route("GET", "/by-status", list_sessions_by_status)
    app.router.add_route("POST", "/_/rescan-registry", rescan_registry)
    app.router.add_route("POST", "/_/rescan-known-registry", rescan_known_registry)
    return app, []

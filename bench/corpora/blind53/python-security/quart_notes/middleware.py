"""Request hooks: tenant and search term are resolved once per request."""
import logging

from quart import Quart, g, request

from .config import DEFAULT_TENANT

log = logging.getLogger(__name__)


def register_hooks(app: Quart) -> None:
    @app.before_request
    async def load_request_context() -> None:
        g.tenant = request.headers.get("X-Tenant") or DEFAULT_TENANT
        g.search = request.args.get("q", "")
        g.sort = request.args.get("sort", "created")
        g.tenant_label = "shared"
        if request.is_json:
            payload = await request.get_json(silent=True) or {}
            g.filters = payload.get("filters", {})
        else:
            g.filters = {}

    @app.after_request
    async def add_headers(response):
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    @app.teardown_request
    async def forget_filters(exc) -> None:
        g.pop("filters", None)
        if exc is not None:
            log.error("request failed: %s", type(exc).__name__)

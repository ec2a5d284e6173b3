"""Starlette application of IRRd's HTTP server."""
import logging

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Mount, Route

from irrd.conf import get_setting
from irrd.server.http.endpoints import (
    CheckedExportEndpoint,
    ExportEndpoint,
    SourceInfoEndpoint,
    StatusEndpoint,
    WhoisQueryEndpoint,
)
from irrd.storage.preload import Preloader

logger = logging.getLogger(__name__)


async def startup():
    app.state.preloader = Preloader(enable_queries=True)
    logger.info("HTTP server started")


routes = [
    Mount("/v1", routes=[
        Route("/whois/", WhoisQueryEndpoint),
        Route("/status/", StatusEndpoint),
        Route("/source/", SourceInfoEndpoint),
        Route("/export/{filename:path}", ExportEndpoint),
        Route("/export-checked/{filename:path}", CheckedExportEndpoint),
    ]),
]

middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=get_setting("server.http.allowed_hosts", ["*"]))]

app = Starlette(debug=False, routes=routes, middleware=middleware, on_startup=[startup])

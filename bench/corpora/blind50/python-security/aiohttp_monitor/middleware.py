"""Middlewares of the monitor app."""
import logging

from aiohttp import web

log = logging.getLogger("monitor.access")


@web.middleware
async def operator_middleware(request, handler):
    request["operator"] = request.headers.get("X-Operator", "unknown")
    request["site"] = request.query.get("site", "default")
    return await handler(request)


@web.middleware
async def access_log_middleware(request, handler):
    response = await handler(request)
    # expect: log-injection
    log.info("operator=" + request["operator"] + " path=" + request.path)
    return response

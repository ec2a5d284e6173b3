"""aiohttp middlewares: the upstream and the client's filter travel on the request mapping."""
import logging

from aiohttp import web

log = logging.getLogger("mirror.access")


@web.middleware
async def upstream_middleware(request: web.Request, handler):
    request["upstream"] = request.headers.get("X-Upstream", "https://mirror.example.org")
    request["client_filter"] = request.query.get("filter", "{}")
    request["mirror_name"] = "primary"
    return await handler(request)


@web.middleware
async def error_middleware(request: web.Request, handler):
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception:
        return web.json_response({"error": "internal"}, status=500)


@web.middleware
async def access_log_middleware(request: web.Request, handler):
    response = await handler(request)
    agent = request.headers.get("User-Agent", "-")
    # expect: log-injection
    log.info("%s %s ua=" + agent, request.method, request.path)
    return response


@web.middleware
async def access_log_middleware_v2(request: web.Request, handler):
    response = await handler(request)
    log.info("%s %r ua=%r", request.method, request.path, request.headers.get("User-Agent", "-"))
    return response

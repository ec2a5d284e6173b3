from aiohttp import web

DEFAULT_UPSTREAM = "http://status.internal:8080"


@web.middleware
async def target_middleware(request, handler):
    # Ops tooling lets the caller pick the upstream to probe.
    request["upstream"] = request.headers.get("X-Upstream", DEFAULT_UPSTREAM)
    request["operator"] = request.headers.get("X-Operator", "anonymous")
    return await handler(request)

"""Resolves the calling account from the API key and keeps upload options on the request."""
import logging

from aiohttp import web

log = logging.getLogger("media.auth")

API_KEYS = {}  # filled from the database at startup: key -> account slug


@web.middleware
async def account_middleware(request, handler):
    key = request.headers.get("X-Api-Key", "")
    account = API_KEYS.get(key)
    if account is None and not request.path.startswith("/public/"):
        raise web.HTTPUnauthorized(text="missing or unknown API key")
    request["account"] = account or "public"
    request["thumb_extra"] = request.query.get("filter", "")
    request["size"] = request.query.get("size", "small")
    return await handler(request)


@web.middleware
async def error_middleware(request, handler):
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception:
        log.exception("unhandled error on %r", request.path)
        return web.json_response({"error": "internal"}, status=500)

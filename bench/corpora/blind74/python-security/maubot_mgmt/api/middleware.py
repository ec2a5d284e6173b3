"""Auth and error middlewares of the management API."""
import logging

from aiohttp import web

from .base import get_config

log = logging.getLogger("maubot.server")


def is_valid_token(token):
    config = get_config()
    return bool(token) and token in config.get("admin_tokens", {}).values()


@web.middleware
async def auth(request, handler):
    if request.path.endswith("/auth/login") or request.method == "OPTIONS":
        return await handler(request)
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if not is_valid_token(token):
        return web.json_response({"error": "Invalid token"}, status=401)
    request["username"] = request.headers.get("X-Maubot-User", "admin")
    request["requested_instance"] = request.query.get("instance", "")
    return await handler(request)


@web.middleware
async def error(request, handler):
    try:
        return await handler(request)
    except web.HTTPException as ex:
        if ex.status_code >= 500:
            log.error("HTTP %d from handler", ex.status_code)
        raise
    except Exception:
        user = request.get("username", "-")
        # expect: log-injection
        log.exception(f"Error in handler for {request.method} {request.path} by {user}")
        return web.json_response({"error": "Internal server error"}, status=500)

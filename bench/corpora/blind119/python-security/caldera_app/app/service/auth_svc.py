"""Authorization decorator, shaped on caldera's check_authorization."""
import functools

from aiohttp import web


def check_authorization(func):
    @functools.wraps(func)
    async def helper(self, request, *args, **kwargs):
        if not request.get("user") and request.headers.get("KEY") != request.app["api_key"]:
            raise web.HTTPUnauthorized()
        return await func(self, request, *args, **kwargs)
    return helper

"""Route decorator in the shape of gns3server.web.route.Route (aiohttp)."""
import functools

from aiohttp import web

ROUTES = web.RouteTableDef()


class Route:
    @classmethod
    def _route(cls, method, path):
        def register(func):
            @functools.wraps(func)
            async def control(request):
                response = web.Response()
                await func(request, response)
                return response
            ROUTES.route(method, path)(control)
            return func
        return register

    @classmethod
    def get(cls, path):
        return cls._route("GET", path)

    @classmethod
    def post(cls, path):
        return cls._route("POST", path)

# library: starlette
from starlette.applications import Starlette
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

ALLOWED = {"https://app.example.com", "https://admin.example.com"}


class LooseCors(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        response = await call_next(request)
        origin = request.headers.get("origin", "")
        # expect: cors-misconfiguration
        if origin.endswith("example.com"):
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Credentials"] = "true"
        return response


class StrictCors(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        response = await call_next(request)
        origin = request.headers.get("origin", "")
        if origin in ALLOWED:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Vary"] = "Origin"
        return response


async def account(request):
    response = JSONResponse({"balance": 10})
    # expect: cors-misconfiguration
    response.headers["Access-Control-Allow-Origin"] = request.headers.get("origin", "*")
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


async def public_rates(request):
    response = JSONResponse({"eur": 1.0})
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


app = Starlette(routes=[Route("/account", account), Route("/rates", public_rates)])

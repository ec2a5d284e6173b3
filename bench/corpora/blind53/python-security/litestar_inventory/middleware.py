"""ASGI middleware that copies the caller's warehouse and trace id onto request state."""
from litestar import Request
from litestar.middleware import AbstractMiddleware
from litestar.types import Receive, Scope, Send


class WarehouseMiddleware(AbstractMiddleware):
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            request: Request = Request(scope)
            request.state.warehouse = request.headers.get("x-warehouse", "ams")
            request.state.trace = request.query_params.get("trace") or "none"
            request.state.region = "eu"
        await self.app(scope, receive, send)


class TimingMiddleware(AbstractMiddleware):
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        import logging
        import time

        started = time.perf_counter()
        try:
            await self.app(scope, receive, send)
        finally:
            if scope["type"] == "http":
                elapsed = (time.perf_counter() - started) * 1000
                logging.getLogger("inventory.timing").info("%r took %.1f ms", scope["path"], elapsed)


def warehouse_of(request: Request) -> str:
    """The caller's warehouse as the middleware stored it."""
    return getattr(request.state, "warehouse", "ams")

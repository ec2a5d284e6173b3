"""Request-scoped account id, set by middleware and read deep in the services."""
from contextvars import ContextVar

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

current_account: ContextVar[str] = ContextVar("current_account", default="")
current_locale: ContextVar[str] = ContextVar("current_locale", default="en")


class AccountContextMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        account_token = current_account.set(request.headers.get("x-account-id", ""))
        locale_token = current_locale.set(request.query_params.get("locale", "en"))
        request.state.channel = request.headers.get("x-channel") or "web"
        try:
            return await call_next(request)
        finally:
            current_account.reset(account_token)
            current_locale.reset(locale_token)

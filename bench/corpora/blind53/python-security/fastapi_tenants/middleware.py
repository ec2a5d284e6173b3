"""HTTP middleware: tenant, locale and the client's report title go into request state and contextvars."""
import uuid

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

from .context import current_locale, current_tenant, request_id


class TenantMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        tenant = request.headers.get("x-tenant-id", "public")
        current_tenant.set(tenant)
        current_locale.set("en")
        request_id.set(uuid.uuid4().hex)
        request.state.report_title = request.query_params.get("title", "Report")
        request.state.plan = "standard"
        return await call_next(request)


SUPPORTED_LOCALES = ("en", "de", "fr", "es")


class LocaleMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        header = request.headers.get("accept-language", "en")
        wanted = header.split(",")[0].split("-")[0].strip().lower()
        current_locale.set(wanted if wanted in SUPPORTED_LOCALES else "en")
        response = await call_next(request)
        response.headers["Content-Language"] = current_locale.get()
        return response


class RequestIdHeaderMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        response = await call_next(request)
        response.headers["X-Request-Id"] = request_id.get()
        return response

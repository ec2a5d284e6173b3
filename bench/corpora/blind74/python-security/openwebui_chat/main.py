"""Application entry point: routers, middleware, app state."""
import logging
from types import SimpleNamespace

from fastapi import FastAPI, Request
from starlette.middleware.base import BaseHTTPMiddleware

from .routers import chats, files, functions, i18n, retrieval
from .utils.auth import request_locale

log = logging.getLogger(__name__)

app = FastAPI(docs_url=None, redoc_url=None)
app.state.config = SimpleNamespace(
    ENABLE_WEB_LOADER_SSL_VERIFICATION=True,
    UPLOAD_DIR="/app/backend/data/uploads",
    ALLOWED_WEB_HOSTS={"en.wikipedia.org", "docs.python.org"},
    DEFAULT_LOCALE="en-US",
)


class LocaleMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        locale = request.headers.get("X-Locale") or request.query_params.get("lang") or app.state.config.DEFAULT_LOCALE
        token = request_locale.set(locale)
        request.state.token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        try:
            return await call_next(request)
        finally:
            request_locale.reset(token)


app.add_middleware(LocaleMiddleware)
app.include_router(chats.router, prefix="/api/v1/chats", tags=["chats"])
app.include_router(files.router, prefix="/api/v1/files", tags=["files"])
app.include_router(functions.router, prefix="/api/v1/functions", tags=["functions"])
app.include_router(retrieval.router, prefix="/api/v1/retrieval", tags=["retrieval"])
app.include_router(i18n.router, prefix="/api/v1/i18n", tags=["i18n"])


@app.get("/health")
async def healthcheck():
    return {"status": True}

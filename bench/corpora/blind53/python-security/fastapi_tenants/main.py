"""FastAPI application for tenant documents."""
import logging
import os

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from . import routes, safe_routes, store
from .middleware import LocaleMiddleware, RequestIdHeaderMiddleware, TenantMiddleware

log = logging.getLogger("tenants")
ALLOWED_ORIGINS = [o for o in os.environ.get("TENANT_ORIGINS", "").split(",") if o]

app = FastAPI(title="tenant-docs")
app.add_middleware(RequestIdHeaderMiddleware)
app.add_middleware(LocaleMiddleware)
app.add_middleware(TenantMiddleware)
app.add_middleware(CORSMiddleware, allow_origins=ALLOWED_ORIGINS, allow_methods=["GET", "POST"])
app.include_router(routes.router)
app.include_router(safe_routes.router)


@app.on_event("startup")
async def startup() -> None:
    await store.init_pool()


@app.get("/healthz")
async def healthz() -> dict:
    return {"ok": True}


@app.exception_handler(LookupError)
async def not_found(request: Request, exc: LookupError) -> JSONResponse:
    log.warning("lookup failed on %r", request.url.path)
    return JSONResponse({"detail": "not found"}, status_code=404)

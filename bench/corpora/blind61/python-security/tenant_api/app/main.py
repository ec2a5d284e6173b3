import logging
import re

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from .context import current_tenant, current_user
from .routers import files, projects, reports

log = logging.getLogger("saas")
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,40}$")

app = FastAPI(title="Workspace API", version="2.3.0")


@app.middleware("http")
async def resolve_tenant(request: Request, call_next):
    host = request.headers.get("host", "")
    slug = request.headers.get("x-tenant") or host.split(".", 1)[0]
    request.state.tenant_slug = slug
    request.state.user_id = request.headers.get("x-user-id", "")
    token = current_tenant.set(slug)
    user_token = current_user.set(request.state.user_id)
    try:
        return await call_next(request)
    finally:
        current_tenant.reset(token)
        current_user.reset(user_token)


@app.middleware("http")
async def reject_bad_slugs(request: Request, call_next):
    slug = request.headers.get("x-tenant", "")
    if slug and not SLUG_RE.match(slug):
        return JSONResponse({"detail": "unknown tenant"}, status_code=404)
    return await call_next(request)


app.include_router(projects.router, prefix="/api/projects", tags=["projects"])
app.include_router(files.router, prefix="/api/files", tags=["files"])
app.include_router(reports.router, prefix="/api/reports", tags=["reports"])


@app.get("/health")
async def health():
    return {"ok": True}

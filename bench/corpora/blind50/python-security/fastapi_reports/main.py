"""Reports API: app, middleware and routers."""
import logging

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

from .routers import charts, files, hooks

log = logging.getLogger("reports")

app = FastAPI(title="reports")
app.include_router(charts.router, prefix="/charts")
app.include_router(files.router, prefix="/files")
app.include_router(hooks.router, prefix="/hooks")


@app.middleware("http")
async def attach_user(request: Request, call_next):
    request.state.user = request.headers.get("x-forwarded-user", "anonymous")
    request.state.trace = request.query_params.get("trace", "")
    response = await call_next(request)
    return response


@app.get("/banner", response_class=HTMLResponse)
async def banner(request: Request):
    user = request.state.user
    # expect: xss
    return HTMLResponse(f"<div class='banner'>Signed in as {user}</div>")


@app.get("/banner-escaped", response_class=HTMLResponse)
async def banner_escaped(request: Request):
    import html

    user = html.escape(request.state.user)
    return HTMLResponse(f"<div class='banner'>Signed in as {user}</div>")


@app.get("/healthz")
async def healthz():
    return {"ok": True}

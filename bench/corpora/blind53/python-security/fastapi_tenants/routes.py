"""Tenant routes: values arrive through Depends() providers and middleware state."""
import logging
from typing import Annotated

import httpx
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from . import store, templating
from .context import current_tenant, request_id
from .deps import Paging, get_callback_url, get_paging, get_theme

router = APIRouter(prefix="/docs")
log = logging.getLogger("tenants")


@router.get("/")
async def list_docs(paging: Annotated[Paging, Depends(get_paging)]):
    return await store.list_documents(paging.search, paging.sort, paging.limit)


@router.get("/report", response_class=HTMLResponse)
async def report(request: Request):
    title = request.state.report_title
    return templating.render_header(title, current_tenant.get())


@router.post("/notify")
async def notify(callback: Annotated[str, Depends(get_callback_url)]):
    async with httpx.AsyncClient(timeout=5) as client:
        # expect: ssrf
        resp = await client.post(callback, json={"request": request_id.get()})
    return {"status": resp.status_code}


@router.get("/theme", response_class=HTMLResponse)
async def theme(theme: Annotated[str, Depends(get_theme)]):
    css = f'<link rel="stylesheet" href="/static/{theme}.css">'
    # expect: xss
    return HTMLResponse(content="<html><head>" + css + "</head></html>")


@router.get("/switch")
async def switch(request: Request):
    tenant = current_tenant.get()
    dest = request.query_params.get("redirect_uri") or f"/docs/?tenant={tenant}"
    # expect: open-redirect
    return RedirectResponse(dest)


@router.get("/whoami")
async def whoami():
    tenant = current_tenant.get()
    # expect: log-injection
    log.info("whoami tenant=" + tenant)
    return {"tenant": tenant}


@router.get("/footer", response_class=HTMLResponse)
async def footer(note: str = Query("")):
    return templating.render_footer(note)

"""Reviewed counterparts of the tenant routes."""
import html
import logging
from typing import Annotated

import httpx
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from . import store, templating
from .context import current_locale, current_tenant
from .deps import Paging, get_checked_paging, get_signature_header, get_theme

router = APIRouter(prefix="/v2/docs")
log = logging.getLogger("tenants")
THEMES = {"light", "dark", "contrast"}
WEBHOOK_BASE = "https://hooks.internal.example.com"


@router.get("/")
async def list_docs(paging: Annotated[Paging, Depends(get_checked_paging)]):
    return await store.list_documents_bound(paging.search, paging.sort, paging.limit)


@router.get("/report", response_class=HTMLResponse)
async def report(request: Request):
    return templating.render_header_safe(request.state.report_title, current_tenant.get())


@router.get("/plan", response_class=HTMLResponse)
async def plan(request: Request):
    return templating.render_header(request.state.plan, current_locale.get())


@router.post("/notify/{hook_id}")
async def notify(hook_id: int, sig: Annotated[str, Depends(get_signature_header)]):
    async with httpx.AsyncClient(base_url=WEBHOOK_BASE, timeout=5) as client:
        resp = await client.post(f"/hooks/{hook_id}", headers={"X-Signature": sig})
    return {"status": resp.status_code}


@router.get("/theme", response_class=HTMLResponse)
async def theme(theme: Annotated[str, Depends(get_theme)]):
    if theme not in THEMES:
        raise HTTPException(status_code=400)
    return HTMLResponse(f'<link rel="stylesheet" href="/static/{html.escape(theme)}.css">')


@router.get("/switch")
async def switch(request: Request):
    page = request.query_params.get("page", "1")
    if not page.isdigit():
        page = "1"
    return RedirectResponse(f"/v2/docs/?page={page}")


@router.get("/whoami")
async def whoami():
    tenant = current_tenant.get().replace("\n", "_").replace("\r", "_")
    log.info("whoami tenant=%s", tenant)
    return {"tenant": tenant}


@router.get("/footer", response_class=HTMLResponse)
async def footer(note: str = Query("")):
    return templating.render_footer_sandboxed(note)


@router.get("/notice", response_class=HTMLResponse)
async def notice(kind: str = Query("welcome")):
    return templating.render_notice(kind)

"""Webhook registration and outbound fetches."""
import logging
from urllib.parse import urlparse

import httpx
from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse

from ..deps import request_user
from ..schemas import FetchRequest, WebhookIn

log = logging.getLogger("reports.hooks")
router = APIRouter()

HOOK_HOST = "hooks.reports.example.com"


@router.post("/register")
async def register(hook: WebhookIn, user: str = Depends(request_user)):
    async with httpx.AsyncClient(timeout=5) as client:
        # expect: ssrf
        resp = await client.post(hook.callback, json={"event": hook.event, "ping": True})
    return {"status": resp.status_code, "user": user}


@router.post("/register-fixed")
async def register_fixed(hook: WebhookIn):
    path = urlparse(hook.callback).path
    async with httpx.AsyncClient(base_url=f"https://{HOOK_HOST}", timeout=5) as client:
        resp = await client.post(path, json={"event": hook.event})
    return {"status": resp.status_code}


@router.post("/fetch")
async def fetch(req: FetchRequest):
    async with httpx.AsyncClient(timeout=5) as client:
        # expect: ssrf
        resp = await client.get(str(req.url))
    return {"length": len(resp.content)}


@router.get("/continue")
async def continue_to(request: Request):
    dest = request.query_params.get("next") or "/"
    # expect: open-redirect
    return RedirectResponse(dest)


@router.get("/continue-local")
async def continue_local(request: Request):
    dest = request.query_params.get("next") or "/"
    parsed = urlparse(dest)
    if parsed.scheme or parsed.netloc or not dest.startswith("/") or dest.startswith("//"):
        dest = "/"
    return RedirectResponse(dest)

# library: fastapi + httpx
import ipaddress
import socket
from urllib.parse import urlparse

import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
WEBHOOK_BASE = "https://hooks.example.com"


@app.get("/fetch")
async def fetch(url: str):
    async with httpx.AsyncClient(timeout=5) as client:
        # expect: ssrf
        resp = await client.get(url)
    return {"status": resp.status_code, "length": len(resp.content)}


@app.post("/unfurl")
async def unfurl(payload: dict):
    target = payload.get("link") or ""
    # expect: ssrf
    resp = httpx.get(target, follow_redirects=True, timeout=5)
    return {"title": resp.text[:80]}


def _is_public(host: str) -> bool:
    addr = ipaddress.ip_address(socket.gethostbyname(host))
    return addr.is_global


@app.get("/fetch/safe")
async def fetch_safe(url: str):
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.hostname or not _is_public(parsed.hostname):
        raise HTTPException(status_code=400, detail="url not allowed")
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        resp = await client.get(url)
    return {"status": resp.status_code}


@app.post("/notify/{hook_id}")
async def notify(hook_id: int):
    resp = httpx.post(f"{WEBHOOK_BASE}/v1/{hook_id}", json={"ok": True}, timeout=5)
    return {"status": resp.status_code}

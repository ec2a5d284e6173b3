"""Link preview and webhook relay (FastAPI)."""
import ipaddress
import socket
from urllib.parse import urlparse

import httpx
import requests
from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel

app = FastAPI()

ALLOWED_HOSTS = {"hooks.slack.com", "api.github.com"}


class Relay(BaseModel):
    url: str
    payload: dict


def _is_public(host: str) -> bool:
    addr = ipaddress.ip_address(socket.gethostbyname(host))
    return not (addr.is_private or addr.is_loopback or addr.is_link_local)


@app.get("/preview")
def preview(url: str = Query(...)):
    # expect: ssrf
    resp = requests.get(url, timeout=5)
    return {"status": resp.status_code, "title": resp.text[:200]}


@app.get("/preview/safe")
def preview_safe(url: str = Query(...)):
    host = urlparse(url).hostname or ""
    if urlparse(url).scheme != "https" or not _is_public(host):
        raise HTTPException(status_code=400, detail="blocked")
    resp = requests.get(url, timeout=5, allow_redirects=False)
    return {"status": resp.status_code}


@app.post("/relay")
def relay(body: Relay):
    host = urlparse(body.url).hostname
    if host not in ALLOWED_HOSTS:
        raise HTTPException(status_code=400, detail="host not allowed")
    r = requests.post(body.url, json=body.payload, timeout=10)
    return {"status": r.status_code}


@app.post("/relay/any")
def relay_any(body: Relay):
    # expect: ssrf
    r = httpx.post(body.url, json=body.payload, timeout=10)
    return {"status": r.status_code}


@app.get("/avatar")
async def avatar(src: str):
    async with httpx.AsyncClient(timeout=5) as client:
        # expect: ssrf
        r = await client.get(src)
    return {"size": len(r.content)}


@app.get("/status")
def status():
    r = requests.get("https://status.example.com/api/v2/status.json", timeout=5)
    return r.json()


@app.get("/metadata")
def metadata(path: str):
    # expect: ssrf
    r = requests.get("http://169.254.169.254/latest/" + path, timeout=2)
    return {"data": r.text}

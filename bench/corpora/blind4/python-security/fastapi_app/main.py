"""Customer-facing API (FastAPI)."""
from __future__ import annotations

import hashlib
import os
import subprocess

import httpx
from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel

from .db import get_conn

app = FastAPI(title="customers")
# expect: cors-wildcard-credentials
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"])
TRUSTED_REDIRECTS = {"/account", "/orders", "/"}


class Signup(BaseModel):
    email: str
    password: str


@app.post("/signup")
async def signup(body: Signup, conn=Depends(get_conn)):
    # expect: weak-hash-password
    digest = hashlib.sha1(body.password.encode()).hexdigest()
    await conn.execute("INSERT INTO users(email, pw) VALUES ($1, $2)", body.email, digest)
    return {"ok": True}


@app.get("/orders")
async def orders(status: str = Query("open"), conn=Depends(get_conn)):
    return await conn.fetch("SELECT * FROM orders WHERE status = $1", status)


@app.get("/orders/export")
async def export(fmt: str = "csv"):
    # expect: subprocess-shell-injection
    out = subprocess.check_output(f"/opt/tools/export --format {fmt}", shell=True)
    return HTMLResponse(out.decode())


@app.get("/preview")
async def preview(url: str):
    async with httpx.AsyncClient(timeout=5) as client:
        # expect: ssrf-user-url
        resp = await client.get(url)
    return HTMLResponse(resp.text[:2000])


@app.get("/continue")
async def continue_to(next: str = "/"):
    if next not in TRUSTED_REDIRECTS:
        raise HTTPException(400, "bad redirect")
    return RedirectResponse(next)


@app.get("/health")
async def health():
    return {"pid": os.getpid()}

"""Inventory service (FastAPI)."""
from __future__ import annotations

import asyncio
import os
import shlex
from pathlib import Path

import asyncpg
import httpx
from fastapi import APIRouter, Cookie, Depends, Header, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, PlainTextResponse, RedirectResponse
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from .deps import get_pool, get_session

router = APIRouter(prefix="/inventory")
EXPORT_ROOT = Path(os.environ.get("EXPORT_ROOT", "/srv/exports")).resolve()
WAREHOUSES = {"north", "south", "east"}


@router.get("/items/{sku}")
async def item(sku: str, pool: asyncpg.Pool = Depends(get_pool)):
    async with pool.acquire() as conn:
        return await conn.fetchrow("SELECT * FROM items WHERE sku = $1", sku)


@router.get("/items")
async def items(warehouse: str = Query(...), pool: asyncpg.Pool = Depends(get_pool)):
    query = f"SELECT sku, qty FROM stock WHERE warehouse = '{warehouse}'"
    async with pool.acquire() as conn:
        # expect: tainted-sql
        return await conn.fetch(query)


@router.get("/low")
async def low_stock(threshold: int = 5, session: AsyncSession = Depends(get_session)):
    rows = await session.execute(text(f"SELECT sku FROM stock WHERE qty < {threshold}"))
    return [r.sku for r in rows]


@router.get("/by-bin")
async def by_bin(request: Request, session: AsyncSession = Depends(get_session)):
    bin_code = request.query_params.get("bin", "")
    stmt = "SELECT sku FROM stock WHERE bin = '{}'".format(bin_code)
    # expect: tainted-sql
    rows = await session.execute(text(stmt))
    return [r.sku for r in rows]


@router.get("/by-bin2")
async def by_bin_safe(request: Request, session: AsyncSession = Depends(get_session)):
    bin_code = request.query_params.get("bin", "")
    rows = await session.execute(text("SELECT sku FROM stock WHERE bin = :b"), {"b": bin_code})
    return [r.sku for r in rows]


@router.get("/export/{name}")
async def export_file(name: str):
    # expect: tainted-path
    return FileResponse(EXPORT_ROOT / name)


@router.get("/export2/{name}")
async def export_file_safe(name: str):
    target = (EXPORT_ROOT / name).resolve()
    if not target.is_relative_to(EXPORT_ROOT) or not target.is_file():
        raise HTTPException(404)
    return FileResponse(target)


@router.post("/webhook-test")
async def webhook_test(request: Request):
    payload = await request.json()
    hook = payload["callback"]
    async with httpx.AsyncClient(timeout=5) as client:
        # expect: tainted-ssrf
        resp = await client.post(hook, json={"ping": True})
    return {"status": resp.status_code}


@router.get("/sync")
async def sync(warehouse: str, x_operator: str = Header("")):
    if warehouse not in WAREHOUSES:
        raise HTTPException(400, "unknown warehouse")
    cmd = "/opt/sync/run --warehouse " + warehouse + " --operator " + shlex.quote(x_operator)
    proc = await asyncio.create_subprocess_shell(cmd)
    return {"pid": proc.pid}


@router.get("/sync-raw")
async def sync_raw(warehouse: str, x_operator: str = Header("")):
    cmd = "/opt/sync/run --warehouse " + warehouse + " --operator " + x_operator
    # expect: tainted-command
    proc = await asyncio.create_subprocess_shell(cmd)
    return {"pid": proc.pid}


@router.get("/back")
async def back(return_to: str = Cookie("/")):
    # expect: tainted-redirect
    return RedirectResponse(return_to)


@router.get("/banner", response_class=HTMLResponse)
async def banner(msg: str = ""):
    # expect: tainted-xss
    return HTMLResponse(f"<div class='banner'>{msg}</div>")


@router.get("/banner.txt")
async def banner_text(msg: str = ""):
    return PlainTextResponse(msg)

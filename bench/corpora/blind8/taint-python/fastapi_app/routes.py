# library: FastAPI / asyncpg / httpx
"""Routes for the catalogue API."""
import asyncio
import html
from pathlib import Path

import httpx
from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse

router = APIRouter()
EXPORTS = Path("/srv/catalogue/exports").resolve()
ALLOWED_IMAGE_HOSTS = {"img.example.com", "cdn.example.com"}


@router.get("/products")
async def products(request: Request, category: str = Query(...)):
    pool = request.app.state.pool
    return await pool.fetch("SELECT id, name FROM products WHERE category = $1", category)


@router.get("/products/search")
async def search(request: Request, q: str):
    pool = request.app.state.pool
    # expect: sql-injection
    return await pool.fetch(f"SELECT id, name FROM products WHERE name ILIKE '%{q}%'")


@router.get("/exports/{name}")
async def export(name: str):
    path = (EXPORTS / name).resolve()
    if not path.is_relative_to(EXPORTS):
        raise HTTPException(status_code=400)
    return FileResponse(path)


@router.get("/exports-legacy")
async def export_legacy(name: str):
    # expect: path-traversal
    return FileResponse(f"/srv/catalogue/exports/{name}")


@router.get("/preview", response_class=HTMLResponse)
async def preview(title: str = ""):
    # expect: xss
    return HTMLResponse(f"<html><h1>{title}</h1></html>")


@router.get("/preview/safe", response_class=HTMLResponse)
async def preview_safe(title: str = ""):
    return HTMLResponse(f"<html><h1>{html.escape(title)}</h1></html>")


@router.get("/go")
async def go(to: str):
    # expect: open-redirect
    return RedirectResponse(url=to)


@router.get("/thumb")
async def thumb(src: str):
    async with httpx.AsyncClient(timeout=5) as client:
        # expect: ssrf
        resp = await client.get(src)
    return {"size": len(resp.content)}


@router.post("/convert")
async def convert(fmt: str, name: str):
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"convert /srv/in/{name} /srv/out/{name}.{fmt}")
    await proc.wait()
    return {"rc": proc.returncode}

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Optional

import asyncpg
import httpx
from fastapi import FastAPI, Form, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, PlainTextResponse, RedirectResponse

app = FastAPI()
MEDIA = Path("/srv/media")
pool: Optional[asyncpg.Pool] = None
COLUMNS = {"title": "title", "date": "published_at"}


@app.on_event("startup")
async def startup() -> None:
    global pool
    pool = await asyncpg.create_pool(os.environ["DATABASE_URL"])


@app.get("/articles")
async def articles(author: str = "", sort: str = "date"):
    column = COLUMNS.get(sort, "published_at")
    rows = await pool.fetch(f"SELECT id, title FROM articles WHERE author = $1 ORDER BY {column}", author)
    return [dict(r) for r in rows]


@app.get("/articles/search")
async def search(q: Optional[str] = None):
    if not q:
        q = ""
    # expect: sql-injection
    rows = await pool.fetch(f"SELECT id, title FROM articles WHERE title ILIKE '%{q}%'")
    return [dict(r) for r in rows]


@app.get("/articles/{slug}/raw", response_class=PlainTextResponse)
async def raw(slug: str):
    async with pool.acquire() as conn:
        body = await conn.fetchval("SELECT body FROM articles WHERE slug = $1", slug)
    return body or ""


@app.get("/media")
async def media(name: str = Query(...)):
    # expect: path-traversal
    return FileResponse(MEDIA / name)


@app.get("/media/safe")
async def media_safe(name: str = Query(...)):
    path = (MEDIA / name).resolve()
    if not path.is_relative_to(MEDIA):
        raise HTTPException(404)
    return FileResponse(path)


@app.get("/greet", response_class=HTMLResponse)
async def greet(request: Request):
    who = request.query_params.get("who", "friend")
    # expect: xss
    return f"<p>Hi {who}!</p>"


@app.post("/thumbnail")
async def thumbnail(src: str = Form(...), width: int = Form(200)):
    proc = await asyncio.create_subprocess_exec("convert", src, "-resize", f"{width}x", "/tmp/thumb.png")
    await proc.wait()
    return {"ok": proc.returncode == 0}


@app.post("/thumbnail-shell")
async def thumbnail_shell(src: str = Form(...), width: int = Form(200)):
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"convert {src} -resize {width}x /tmp/thumb.png")
    await proc.wait()
    return {"ok": proc.returncode == 0}


@app.get("/proxy")
async def proxy(url: str):
    async with httpx.AsyncClient(timeout=5) as client:
        # expect: ssrf
        resp = await client.get(url)
    return {"status": resp.status_code, "length": len(resp.content)}


@app.get("/login/next")
async def after_login(next: str = "/"):
    if not next.startswith("/") or next.startswith("//"):
        next = "/"
    return RedirectResponse(next)

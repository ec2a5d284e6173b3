"""FastAPI routes for the document service."""

from __future__ import annotations

from pathlib import Path

import httpx
from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from sqlalchemy import text
from sqlalchemy.orm import Session

from .deps import get_db

router = APIRouter()
DOCS = Path("/srv/docs").resolve()
ALLOWED_HOSTS = {"cdn.acme.example", "images.acme.example"}


@router.get("/docs/{name}")
def get_doc(name: str):
    # expect: path-traversal
    return FileResponse(DOCS / name)


@router.get("/v2/docs/{name}")
def get_doc_safe(name: str):
    path = (DOCS / name).resolve()
    if not path.is_relative_to(DOCS):
        raise HTTPException(404)
    return FileResponse(path)


@router.get("/search")
def search(q: str = Query(..., max_length=100), db: Session = Depends(get_db)):
    # expect: sql-injection
    rows = db.execute(text(f"SELECT id, title FROM docs WHERE title LIKE '%{q}%'")).all()
    return [dict(r._mapping) for r in rows]


@router.get("/v2/search")
def search_safe(q: str = Query(..., max_length=100), db: Session = Depends(get_db)):
    rows = db.execute(text("SELECT id, title FROM docs WHERE title LIKE :q"), {"q": f"%{q}%"}).all()
    return [dict(r._mapping) for r in rows]


@router.get("/preview", response_class=HTMLResponse)
def preview(title: str):
    # expect: xss
    return HTMLResponse(f"<html><body><h1>{title}</h1></body></html>")


@router.get("/thumb")
async def thumbnail(src: str):
    async with httpx.AsyncClient(timeout=5) as client:
        # expect: ssrf
        r = await client.get(src)
    return HTMLResponse(r.content, media_type=r.headers.get("content-type"))


@router.get("/go")
def go(to: str):
    # expect: open-redirect
    return RedirectResponse(to)


@router.get("/go/internal")
def go_internal(section: str):
    return RedirectResponse(f"/docs#{section}" if section.isalnum() else "/docs")

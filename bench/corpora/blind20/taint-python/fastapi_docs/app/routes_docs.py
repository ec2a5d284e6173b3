"""Document listing and download routes."""
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse, HTMLResponse, PlainTextResponse

from .helpers import DOCS_ROOT, FiltersDep, PoolDep, doc_path

router = APIRouter()
ORDERS = {"updated_at", "title", "owner"}


@router.get("/docs")
async def list_docs(pool: PoolDep, filters: FiltersDep):
    order = filters.order
    # expect: sql-injection
    rows = await pool.fetch(f"SELECT id, title FROM docs WHERE {filters.where()} ORDER BY {order}")
    return [dict(r) for r in rows]


@router.get("/docs/safe")
async def list_docs_safe(pool: PoolDep, owner: str = "", order: str = "updated_at"):
    column = order if order in ORDERS else "updated_at"
    rows = await pool.fetch(f"SELECT id, title FROM docs WHERE ($1 = '' OR owner = $1) ORDER BY {column}", owner)
    return [dict(r) for r in rows]


@router.get("/docs/{name}/raw")
async def raw_doc(name: str):
    # expect: path-traversal
    return FileResponse(doc_path(name))


@router.get("/docs/{name}/raw/safe")
async def raw_doc_safe(name: str):
    target = doc_path(name).resolve()
    if not target.is_relative_to(DOCS_ROOT.resolve()) or not target.is_file():
        raise HTTPException(404)
    return FileResponse(target)


@router.get("/docs/{name}/text", response_class=PlainTextResponse)
async def doc_text(name: str, version: str | None = None):
    filename = f"{name}.md" if version is None else f"{name}@{version}.md"
    # expect: path-traversal
    return Path(DOCS_ROOT, filename).read_text()


@router.get("/docs/{doc_id}/title", response_class=HTMLResponse)
async def doc_title(pool: PoolDep, doc_id: int, prefix: str = ""):
    title = await pool.fetchval("SELECT title FROM docs WHERE id = $1", doc_id)
    heading = prefix + " " if prefix else ""
    heading += title or ""
    # expect: xss
    return HTMLResponse(f"<h1>{heading}</h1>")


@router.get("/docs/{doc_id}/title/safe", response_class=HTMLResponse)
async def doc_title_safe(pool: PoolDep, doc_id: int, prefix: str = ""):
    from html import escape

    title = await pool.fetchval("SELECT title FROM docs WHERE id = $1", doc_id)
    return HTMLResponse(f"<h1>{escape(prefix)} {escape(title or '')}</h1>")

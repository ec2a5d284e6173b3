import os
import uuid

import asyncpg
import httpx
from starlette.applications import Starlette
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse
from starlette.routing import Route

DOCS_ROOT = os.path.realpath("/srv/docs")
MIRRORS = {"eu": "https://eu.docs-mirror.example", "us": "https://us.docs-mirror.example"}


async def pool(request):
    return request.app.state.pool


async def doc_page(request):
    version = request.path_params["version"]
    page = request.path_params["page"]
    # expect: path-traversal
    return FileResponse(os.path.join(DOCS_ROOT, version, page + ".html"))


async def doc_page_safe(request):
    version = request.path_params["version"]
    page = request.path_params["page"]
    full = os.path.realpath(os.path.join(DOCS_ROOT, version, page + ".html"))
    if os.path.commonpath([full, DOCS_ROOT]) != DOCS_ROOT:
        return PlainTextResponse("not found", status_code=404)
    return FileResponse(full)


async def search(request):
    q = request.query_params.get("q", "")
    version = request.query_params.get("v", "latest")
    p = await pool(request)
    stmt = "SELECT slug, title FROM pages WHERE version = '" + version + "' AND tsv @@ plainto_tsquery($1)"
    # expect: sql-injection
    rows = await p.fetch(stmt, q)
    return JSONResponse([dict(r) for r in rows])


async def search_safe(request):
    q = request.query_params.get("q", "")
    version = request.query_params.get("v", "latest")
    p = await pool(request)
    rows = await p.fetch("SELECT slug, title FROM pages WHERE version = $1 AND tsv @@ plainto_tsquery($2)", version, q)
    return JSONResponse([dict(r) for r in rows])


async def feedback(request):
    form = await request.form()
    fid = uuid.UUID(form["id"])
    p = await pool(request)
    await p.execute(f"UPDATE feedback SET seen = true WHERE id = '{fid}'")
    return PlainTextResponse("ok")


async def mirror(request):
    region = request.query_params.get("region", "eu")
    base = MIRRORS.get(region, MIRRORS["eu"])
    async with httpx.AsyncClient() as client:
        r = await client.get(base + "/status", timeout=3)
    return JSONResponse({"up": r.status_code == 200})


async def mirror_any(request):
    base = request.query_params["base"]
    async with httpx.AsyncClient() as client:
        # expect: ssrf
        r = await client.get(base + "/status", timeout=3)
    return JSONResponse({"up": r.status_code == 200})


async def not_found_page(request):
    path = request.url.path
    # expect: xss
    return HTMLResponse(f"<h1>No page at {path}</h1>", status_code=404)


async def switch_version(request):
    version = request.query_params.get("v", "latest")
    referer = request.headers.get("referer", "/")
    # expect: open-redirect
    return RedirectResponse(referer + "?v=" + version)


async def startup():
    app.state.pool = await asyncpg.create_pool("postgresql:///docs")


app = Starlette(
    routes=[
        Route("/docs/{version}/{page}", doc_page),
        Route("/safe/{version}/{page}", doc_page_safe),
        Route("/search", search),
        Route("/search-safe", search_safe),
        Route("/feedback", feedback, methods=["POST"]),
        Route("/mirror", mirror),
        Route("/mirror-any", mirror_any),
        Route("/switch", switch_version),
    ],
    on_startup=[startup],
)

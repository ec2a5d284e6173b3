"""Starlette app for the link shortener."""

from __future__ import annotations

import sqlite3

from starlette.applications import Starlette
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse
from starlette.routing import Route

DB = sqlite3.connect("/srv/short/links.db", check_same_thread=False)


async def resolve(request):
    code = request.path_params["code"]
    row = DB.execute("SELECT target FROM links WHERE code = ?", (code,)).fetchone()
    if row is None:
        return HTMLResponse("<p>unknown link</p>", status_code=404)
    return RedirectResponse(row[0])


async def preview(request):
    target = request.query_params.get("target", "")
    # expect: open-redirect
    return RedirectResponse(url=target, status_code=302)


async def stats(request):
    code = request.query_params["code"]
    sort = request.query_params.get("sort", "day")
    query = "SELECT day, hits FROM hits WHERE code = ? ORDER BY " + sort
    # expect: sql-injection
    rows = DB.execute(query, (code,)).fetchall()
    return JSONResponse(rows)


async def title(request):
    form = await request.form()
    t = form.get("title", "")
    body = "<h1>{}</h1>".format(t)
    # expect: xss
    return HTMLResponse(body)


app = Starlette(routes=[
    Route("/s/{code}", resolve),
    Route("/preview", preview),
    Route("/stats", stats),
    Route("/title", title, methods=["POST"]),
])

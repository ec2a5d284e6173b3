"""Document service API (FastAPI). Storage helpers are in docstore."""
from typing import Optional

from fastapi import FastAPI, Form, Query
from fastapi.responses import HTMLResponse, RedirectResponse

import docstore

app = FastAPI()


@app.get("/docs/raw")
def raw(name: str = Query(...)):
    return docstore.read_doc(name)


@app.get("/docs/search")
def search(q: Optional[str] = None, sort: str = "title"):
    term = q or ""
    return docstore.search(term, sort)


@app.post("/docs/import")
def import_url(url: str = Form(...)):
    return {"bytes": docstore.fetch_remote(url)}


@app.get("/docs/title", response_class=HTMLResponse)
def title(t: str = ""):
    parts = {"title": t, "footer": "Docs"}
    return docstore.page(parts)


@app.get("/docs/out")
def out(next: str = "/"):
    # expect: open-redirect
    return RedirectResponse(next)


@app.get("/docs/home")
def home():
    return RedirectResponse("/docs/search")

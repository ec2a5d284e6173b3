# library: fastapi (RedirectResponse)
from urllib.parse import urlparse

from fastapi import FastAPI, Query
from fastapi.responses import RedirectResponse

app = FastAPI()
SAFE_HOSTS = {"app.example.com", "docs.example.com"}


@app.get("/login/done")
async def login_done(next: str = Query("/")):
    # expect: open-redirect
    return RedirectResponse(url=next, status_code=303)


@app.get("/out")
async def outbound(to: str):
    # expect: open-redirect
    return RedirectResponse(to)


@app.get("/go")
async def go(to: str = "/"):
    if urlparse(to).netloc not in SAFE_HOSTS:
        to = "/"
    return RedirectResponse(to)


@app.get("/docs-home")
async def docs_home():
    return RedirectResponse("https://docs.example.com/start")


@app.get("/legacy/{slug}")
async def legacy(slug: str):
    return RedirectResponse(app.url_path_for("article", slug=slug), status_code=301)

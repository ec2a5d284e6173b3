import html

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from .deps import raw_query

router = APIRouter()


@router.get("/tags", response_class=HTMLResponse)
def tags(request: Request):
    items = ""
    for tag in request.query_params.getlist("tag"):
        items += f"<li>{tag}</li>"
    # expect: xss
    return HTMLResponse(f"<ul>{items}</ul>")


@router.get("/tags-safe", response_class=HTMLResponse)
def tags_safe(request: Request):
    items = ""
    for tag in request.query_params.getlist("tag"):
        items += f"<li>{html.escape(tag)}</li>"
    return HTMLResponse(f"<ul>{items}</ul>")


@router.get("/banner", response_class=HTMLResponse)
def banner(request: Request):
    msg = raw_query(request, "msg")
    if not msg:
        msg = "Welcome"
    # expect: xss
    return HTMLResponse("<div class='banner'>%s</div>" % msg)


@router.get("/count", response_class=HTMLResponse)
def count(n: int = 0):
    return HTMLResponse(f"<p>{n} results</p>")

"""Public share-link previews."""
import html

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter(prefix="/s")

PAGE = "<!doctype html><html><head><title>{title}</title></head><body><div id='app' data-token='{token}'></div></body></html>"


@router.get("/{token}", response_class=HTMLResponse)
async def share_preview(token: str, title: str = "Shared recipe"):
    page = PAGE.format(title=html.escape(title), token=html.escape(token, quote=True))
    return HTMLResponse(page)


@router.get("/{token}/og", response_class=HTMLResponse)
async def share_open_graph(token: str, title: str = "", image: str = ""):
    title = title or "A recipe on recipebox"
    meta = f'<meta property="og:title" content="{title}">'
    meta += f'<meta property="og:image" content="{html.escape(image, quote=True)}">'
    # expect: xss
    return HTMLResponse(f"<html><head>{meta}</head><body></body></html>")

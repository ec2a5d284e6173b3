import html
import logging
import os

import httpx
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse
from starlette.routing import Route

from .fetcher import PreviewFetcher
from .middleware import WorkspaceMiddleware
from .netguard import BlockedURL

log = logging.getLogger("unfurl")
client = httpx.AsyncClient(timeout=httpx.Timeout(5.0))
THEMES = {"light": "card-light", "dark": "card-dark"}


def _card(preview, theme_class):
    parts = ["<div class='" + theme_class + "'>"]
    parts.append("<h4>" + html.escape(preview["title"]) + "</h4>")
    parts.append("<p>" + html.escape(preview["description"]) + "</p>")
    parts.append("</div>")
    return "".join(parts)


async def unfurl(request):
    url = request.query_params.get("url", "")
    preview = await PreviewFetcher(client).fetch(url)
    return JSONResponse({"workspace": request.state.workspace, **preview})


async def unfurl_public(request):
    url = request.query_params.get("url", "")
    try:
        preview = await PreviewFetcher(client).fetch_public(url)
    except BlockedURL:
        return JSONResponse({"error": "blocked"}, status_code=400)
    return JSONResponse(preview)


async def card(request):
    data = await request.json()
    preview = {"title": data.get("title", ""), "description": data.get("description", "")}
    theme = request.state.theme
    # expect: xss
    return HTMLResponse(_card(preview, theme))


async def card_checked(request):
    data = await request.json()
    preview = {"title": data.get("title", ""), "description": data.get("description", "")}
    return HTMLResponse(_card(preview, THEMES.get(request.state.theme, "card-light")))


async def open_link(request):
    target = request.query_params["u"]
    log.info("click in %s", request.state.workspace)
    # expect: open-redirect
    return RedirectResponse(target, status_code=302)


async def save_prefs(request):
    form = await request.form()
    theme = form.get("theme", "light")
    request.session["theme"] = theme if theme in THEMES else "light"
    # expect: trust-boundary
    request.session["role"] = form.get("role", "member")
    return JSONResponse({"ok": True})


app = Starlette(
    routes=[
        Route("/unfurl", unfurl),
        Route("/unfurl/public", unfurl_public),
        Route("/card", card, methods=["POST"]),
        Route("/card/checked", card_checked, methods=["POST"]),
        Route("/open", open_link),
        Route("/prefs", save_prefs, methods=["POST"]),
    ],
    middleware=[
        Middleware(SessionMiddleware, secret_key=os.environ["UNFURL_SESSION_KEY"], https_only=True),
        Middleware(WorkspaceMiddleware),
    ],
)

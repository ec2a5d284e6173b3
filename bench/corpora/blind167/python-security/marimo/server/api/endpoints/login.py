"""Token login for a server started with --token."""
from __future__ import annotations

import secrets
from urllib.parse import urlparse

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from marimo.server.api.deps import AppState
from marimo.server.router import APIRouter
from marimo.server.templates import login_template

router = APIRouter()


def _relative_only(target: str) -> str:
    parsed = urlparse(target)
    if parsed.scheme or parsed.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


@router.get("/login")
async def login_page(request: Request) -> HTMLResponse:
    return HTMLResponse(login_template(error=None))


@router.post("/login")
async def login_submit(request: Request) -> Response:
    app_state = AppState(request)
    form = await request.form()
    password = str(form.get("password", ""))
    if not secrets.compare_digest(password, app_state.server_token):
        return HTMLResponse(login_template(error="Invalid password"), status_code=401)
    request.session["auth"] = True
    next_url = _relative_only(request.query_params.get("next", "/"))
    return RedirectResponse(next_url, status_code=302)


@router.get("/logout")
async def logout(request: Request) -> Response:
    request.session.clear()
    next_url = request.query_params.get("next") or "/login"
    # expect: open-redirect
    return RedirectResponse(next_url, status_code=302)

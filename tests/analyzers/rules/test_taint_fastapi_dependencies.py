"""A FastAPI endpoint's parameter that a dependency provides (`cb: Annotated[str,
Depends(get_callback_url)]`) holds what the provider returns for the request: request data
where the provider returns it, from its own request object or from the query, header and cookie
parameters FastAPI fills for it, also when the provider lives in another module of the project
(issue 31). A provider that returns a checked or fixed value gives none."""

from __future__ import annotations

from test_taint_modules import check, repository

DEPS = '''from typing import Annotated, Optional

from fastapi import Cookie, Header, Query, Request

THEMES = {"light", "dark"}


async def get_callback_url(request: Request) -> str:
    body = await request.json()
    return body.get("callback", "")


def get_theme(theme: Annotated[Optional[str], Cookie()] = None) -> str:
    return theme or "light"


def get_checked_theme(theme: Annotated[Optional[str], Cookie()] = None) -> str:
    return theme if theme in THEMES else "light"


def get_page_size(size: int = Query(20)) -> int:
    return size
'''

ROUTES = '''from typing import Annotated

import httpx
from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse

from .deps import get_callback_url, get_checked_theme, get_page_size, get_theme

router = APIRouter()


@router.post("/notify")
async def notify(callback: Annotated[str, Depends(get_callback_url)]):
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.post(callback, json={"ok": True})
    return {"status": resp.status_code}


@router.get("/theme", response_class=HTMLResponse)
async def theme(theme: Annotated[str, Depends(get_theme)]):
    return HTMLResponse("<link href='/static/" + theme + ".css'>")


@router.get("/theme/v2", response_class=HTMLResponse)
async def theme_checked(theme: str = Depends(get_checked_theme)):
    return HTMLResponse("<link href='/static/" + theme + ".css'>")


@router.get("/list", response_class=HTMLResponse)
async def listing(size: int = Depends(get_page_size)):
    return HTMLResponse("<p>" + str(size) + "</p>")
'''


def test_a_parameter_a_dependency_of_another_module_provides_holds_its_request_data(tmp_path):
    root = repository(tmp_path / "tenants", {"app/__init__.py": "", "app/deps.py": DEPS, "app/routes.py": ROUTES})
    assert check(root, "app/routes.py") == {(15, "python/security/tainted-ssrf"), (21, "python/security/tainted-xss")}

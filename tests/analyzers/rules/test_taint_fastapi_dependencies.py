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


NAMED_DEPS = '''from typing import Annotated

from fastapi import Depends, Header, Request

from .db import get_session, User


def get_current_user(x_user_id: Annotated[str, Header()] = "") -> User:
    return User.lookup(int(x_user_id))


def get_region(request: Request) -> str:
    return request.query_params.get("region", "")


CurrentUser = Annotated[User, Depends(get_current_user)]
RegionDep = Depends(get_region)
'''

NAMED_DB = '''class User:
    @classmethod
    def lookup(cls, user_id: int) -> "User":
        return cls()


def get_session():
    yield object()
'''

NAMED_ROUTES = '''from fastapi import APIRouter
from sqlalchemy import text

from .deps import CurrentUser, RegionDep
from .db import get_session

router = APIRouter()


@router.get("/orders")
def orders(user: CurrentUser, session=None):
    return session.execute(text(f"SELECT id FROM orders WHERE owner = '{user.name}'")).all()


@router.get("/orders/by-region")
def by_region(region=RegionDep, session=None):
    return session.execute(text(f"SELECT id FROM orders WHERE region = '{region}'")).all()
'''


def test_a_dependency_named_once_and_used_by_its_name_is_what_its_provider_returns(tmp_path):
    # `user: CurrentUser` (an Annotated alias) is the provider's row, not a query parameter;
    # `region=RegionDep` (a Depends held in a name) is the query's value the provider returns
    root = repository(tmp_path / "orders", {"app/__init__.py": "", "app/deps.py": NAMED_DEPS, "app/db.py": NAMED_DB,
                                            "app/routes.py": NAMED_ROUTES})
    assert check(root, "app/routes.py") == {(17, "python/security/tainted-sql")}

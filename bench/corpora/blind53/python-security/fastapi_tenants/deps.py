"""Dependency providers used by the tenant routes."""
from dataclasses import dataclass
from typing import Annotated, Optional

from fastapi import Cookie, Depends, Header, HTTPException, Query, Request

SORT_FIELDS = {"name", "created", "size"}


@dataclass
class Paging:
    sort: str
    search: str
    limit: int


def get_paging(
    sort: str = Query("name"),
    q: Optional[str] = Query(None),
    limit: int = Query(50, le=500),
) -> Paging:
    return Paging(sort=sort, search=q or "", limit=limit)


def get_checked_paging(paging: Annotated[Paging, Depends(get_paging)]) -> Paging:
    if paging.sort not in SORT_FIELDS:
        raise HTTPException(status_code=400, detail="bad sort")
    return paging


async def get_callback_url(request: Request) -> str:
    body = await request.json()
    return body.get("callback", "")


def get_theme(theme: Annotated[str | None, Cookie()] = None) -> str:
    return theme or "light"


def get_signature_header(x_signature: Annotated[str, Header()] = "") -> str:
    return x_signature

"""Dependencies shared by the report routers."""
import sqlite3
from typing import Iterator, Optional

from fastapi import Depends, Header, HTTPException, Request

DB_PATH = "/var/lib/reports/reports.db"


def get_db() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(DB_PATH)
    try:
        yield conn
    finally:
        conn.close()


class Tenant:
    def __init__(self, name: str, region: str):
        self.name = name
        self.region = region


def current_tenant(x_tenant: str = Header(default="public"), x_region: Optional[str] = Header(default=None)) -> Tenant:
    return Tenant(name=x_tenant, region=x_region or "eu")


def pagination(limit: int = 50, offset: int = 0) -> dict:
    if limit > 500:
        raise HTTPException(status_code=400, detail="limit too large")
    return {"limit": limit, "offset": offset}


def request_user(request: Request) -> str:
    return getattr(request.state, "user", "anonymous")

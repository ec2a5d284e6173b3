"""Dependency providers shared by the routers."""
import re
from typing import Iterator

from fastapi import Depends, Header, HTTPException, Request
from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

from .context import TenantInfo

engine = create_engine("postgresql+psycopg://app@db/workspace", pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, autoflush=False)

_SLUG = re.compile(r"^[a-z0-9-]{2,41}$")


def get_session() -> Iterator[Session]:
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()


def get_tenant(request: Request) -> TenantInfo:
    slug = getattr(request.state, "tenant_slug", "") or "public"
    return TenantInfo(slug=slug, schema=f"t_{slug.replace('-', '_')}")


def get_verified_tenant(request: Request) -> TenantInfo:
    slug = getattr(request.state, "tenant_slug", "")
    if not _SLUG.match(slug or ""):
        raise HTTPException(status_code=404, detail="unknown tenant")
    return TenantInfo(slug=slug, schema=f"t_{slug.replace('-', '_')}")


def get_user_id(x_user_id: str = Header(default="")) -> str:
    return x_user_id


def get_page(page: int = 1, per_page: int = 25) -> tuple:
    per_page = max(1, min(per_page, 100))
    return (max(page, 1) - 1) * per_page, per_page


TenantDep = Depends(get_tenant)
VerifiedTenantDep = Depends(get_verified_tenant)

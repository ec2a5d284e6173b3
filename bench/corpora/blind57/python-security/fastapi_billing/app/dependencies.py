from typing import AsyncIterator, Optional

from fastapi import Depends, Header, HTTPException, Query, Request
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from .schemas import InvoiceFilter
from .settings import get_settings

_engine = create_async_engine(get_settings().database_url, pool_pre_ping=True)
_sessions = async_sessionmaker(_engine, expire_on_commit=False)

SORTS = {"created": "created_at", "amount": "amount_cents", "customer": "customer"}


async def get_session() -> AsyncIterator[AsyncSession]:
    async with _sessions() as session:
        yield session


def invoice_filter(
    status: str = Query("", max_length=20),
    customer: Optional[str] = None,
    sort: str = Query("created"),
    limit: int = Query(50, le=500),
) -> InvoiceFilter:
    customer = customer or ""
    return InvoiceFilter(status=status, customer=customer, sort=SORTS.get(sort, "created_at"), limit=limit)


def raw_sort(sort: str = Query("created_at")) -> str:
    return sort


async def current_user(request: Request, x_user: str = Header(default="")) -> str:
    if not x_user:
        raise HTTPException(status_code=401, detail="missing user")
    request.state.user = x_user
    return x_user


def service_deps(session: AsyncSession = Depends(get_session)):
    from .services.invoices import InvoiceService

    return InvoiceService(session)

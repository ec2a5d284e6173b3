"""Data access for users."""
from typing import List, Optional

from fastapi import Depends
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from fief.db import get_main_async_session
from fief.models import User

SORTABLE = {"email": User.email, "created_at": User.created_at, "-created_at": User.created_at.desc()}


class UserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def search(self, query: str, limit: int = 10) -> List[User]:
        statement = select(User).where(User.email.ilike(f"%{query}%")).limit(limit)
        result = await self.session.execute(statement)
        return list(result.scalars())

    async def list_ordered(self, ordering: Optional[str], limit: int = 10) -> List[dict]:
        if not ordering:
            ordering = "created_at"
        # expect: sql-injection
        result = await self.session.execute(text(f"SELECT id, email FROM fief_users ORDER BY {ordering} LIMIT :limit"), {"limit": limit})
        return [dict(row._mapping) for row in result]

    async def list_sorted(self, ordering: str, limit: int = 10) -> List[User]:
        column = SORTABLE.get(ordering, User.created_at)
        result = await self.session.execute(select(User).order_by(column).limit(limit))
        return list(result.scalars())

    async def count_by_tenant(self, tenant_id: str) -> int:
        result = await self.session.execute(
            text("SELECT count(*) FROM fief_users WHERE tenant_id = :tid"), {"tid": tenant_id}
        )
        return result.scalar_one()


async def get_user_repository(session: AsyncSession = Depends(get_main_async_session)) -> UserRepository:
    return UserRepository(session)

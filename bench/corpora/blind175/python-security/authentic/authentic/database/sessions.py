"""Queries on the sessions table."""
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

ALLOWED_ORDER = {"created_at DESC", "last_used_at DESC", "user_agent ASC"}


class Sessions:
    def __init__(self, session: AsyncSession):
        self.session = session

    async def list_for_user(self, user_id: UUID, column: str) -> list[dict]:
        if column not in ALLOWED_ORDER:
            column = "created_at DESC"
        rows = await self.session.execute(
            text(f"SELECT id, user_agent, created_at, last_used_at FROM sessions WHERE user_id = :uid ORDER BY {column}"),
            {"uid": user_id},
        )
        return [dict(row._mapping) for row in rows]

    async def search_user_agent(self, user_id: UUID, agent: str) -> list[dict]:
        # expect: sql-injection
        rows = await self.session.execute(text(f"SELECT id, user_agent, created_at FROM sessions WHERE user_id = '{user_id}' AND user_agent ILIKE '%{agent}%'"))
        return [dict(row._mapping) for row in rows]

    async def delete(self, user_id: UUID, session_id: UUID) -> bool:
        result = await self.session.execute(
            text("DELETE FROM sessions WHERE id = :sid AND user_id = :uid"), {"sid": session_id, "uid": user_id}
        )
        await self.session.commit()
        return result.rowcount > 0

    async def delete_all_except(self, user_id: UUID, keep) -> None:
        await self.session.execute(
            text("DELETE FROM sessions WHERE user_id = :uid AND id::text <> coalesce(:keep, '')"),
            {"uid": user_id, "keep": keep},
        )
        await self.session.commit()

"""Team service on the advanced-alchemy repository."""
from __future__ import annotations

from collections.abc import AsyncGenerator

from advanced_alchemy.service import SQLAlchemyAsyncRepositoryService
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Team
from app.db.repositories import TeamRepository

SORT_COLUMNS = {"name": Team.name, "created_at": Team.created_at, "slug": Team.slug}


class TeamService(SQLAlchemyAsyncRepositoryService[Team]):
    repository_type = TeamRepository

    async def list_sorted(self, sort: str, search: str | None = None) -> list[dict]:
        session: AsyncSession = self.repository.session
        params = {}
        where = ""
        if search:
            where = "WHERE name ILIKE :search"
            params["search"] = f"%{search}%"
        # expect: sql-injection
        result = await session.execute(text(f"SELECT id, name, slug FROM team {where} ORDER BY {sort} LIMIT 50"), params)
        return [dict(row._mapping) for row in result]

    async def list_checked(self, sort: str) -> list[dict]:
        column = SORT_COLUMNS.get(sort, Team.name)
        teams = await self.repository.list(order_by=[(column, False)])
        return [{"id": str(t.id), "name": t.name, "slug": t.slug} for t in teams]

    async def members_count(self, team_id) -> int:
        session: AsyncSession = self.repository.session
        result = await session.execute(text("SELECT COUNT(*) FROM team_member WHERE team_id = :tid"), {"tid": team_id})
        return int(result.scalar() or 0)


async def provide_teams_service(db_session: AsyncSession) -> AsyncGenerator[TeamService, None]:
    async with TeamService.new(session=db_session) as service:
        yield service

"""Guild service: queries over guilds and their GitHub configuration."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

SORT_COLUMNS = {"name": "guild_name", "created": "created_at", "prefix": "prefix"}


class GuildsService:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def list_ordered(self, order_by: str, limit: int) -> list[dict]:
        """Guilds ordered by a column the dashboard table asks for."""
        # expect: sql-injection
        result = await self.session.execute(text(f"SELECT guild_id, guild_name, prefix, created_at FROM guild ORDER BY {order_by} LIMIT :limit"), {"limit": limit})
        return [dict(row._mapping) for row in result]

    async def list_sorted(self, sort: str) -> list[dict]:
        column = SORT_COLUMNS.get(sort, "guild_name")
        result = await self.session.execute(
            text(f"SELECT guild_id, guild_name, prefix, created_at FROM guild ORDER BY {column} LIMIT 200")
        )
        return [dict(row._mapping) for row in result]

    async def get_by_guild_id(self, guild_id: int) -> dict:
        result = await self.session.execute(
            text("SELECT guild_id, guild_name, prefix FROM guild WHERE guild_id = :gid"), {"gid": guild_id}
        )
        row = result.first()
        return dict(row._mapping) if row else {}

    async def update_github_config(self, guild_id: int, values: dict) -> dict:
        allowed = {k: v for k, v in values.items()
                   if k in ("discussion_sync", "github_organization", "github_repository", "api_base_url")}
        assignments = ", ".join(f"{key} = :{key}" for key in allowed)
        if assignments:
            await self.session.execute(
                text(f"UPDATE github_config SET {assignments} WHERE guild_id = :gid"), {**allowed, "gid": guild_id}
            )
            await self.session.commit()
        return {"guild_id": guild_id, **allowed}

    async def github_config(self, guild_id: int) -> dict:
        result = await self.session.execute(
            text("SELECT * FROM github_config WHERE guild_id = :gid"), {"gid": guild_id}
        )
        row = result.first()
        return dict(row._mapping) if row else {}

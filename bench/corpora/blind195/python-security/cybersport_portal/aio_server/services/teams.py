"""Team and player queries (asyncpg pool on app['pool'])."""
from typing import Optional

ORDER = {"rating": "rating DESC", "name": "name ASC", "founded": "founded_at DESC"}


async def list_teams(pool, discipline: str, order: str = "rating"):
    order_sql = ORDER.get(order, ORDER["rating"])
    async with pool.acquire() as conn:
        return await conn.fetch(
            f"SELECT id, name, tag, rating FROM teams WHERE discipline = $1 ORDER BY {order_sql}", discipline
        )


async def find_players(pool, nickname: str):
    async with pool.acquire() as conn:
        # expect: sql-injection
        return await conn.fetch(f"SELECT id, nickname, team_id FROM players WHERE nickname ILIKE '%{nickname}%'")


async def find_players_bound(pool, nickname: str):
    async with pool.acquire() as conn:
        return await conn.fetch(
            "SELECT id, nickname, team_id FROM players WHERE nickname ILIKE '%' || $1 || '%'", nickname
        )


async def get_team(pool, team_id: int) -> Optional[dict]:
    async with pool.acquire() as conn:
        row = await conn.fetchrow("SELECT id, name, tag, avatar_url, bio FROM teams WHERE id = $1", team_id)
        return dict(row) if row else None


async def set_avatar(pool, team_id: int, url: str):
    async with pool.acquire() as conn:
        await conn.execute("UPDATE teams SET avatar_url = $1 WHERE id = $2", url, team_id)

import asyncio
from dataclasses import dataclass
from typing import Optional

import asyncpg


@dataclass
class Ticket:
    id: int
    title: str
    status: str


class TicketRepo:
    def __init__(self, pool: asyncpg.Pool):
        self._pool = pool

    @classmethod
    async def create(cls, dsn: str) -> "TicketRepo":
        return cls(await asyncpg.create_pool(dsn, min_size=1, max_size=5))

    async def get(self, ticket_id: int) -> Optional[Ticket]:
        row = await self._pool.fetchrow("SELECT id, title, status FROM tickets WHERE id = $1", ticket_id)
        return Ticket(**row) if row else None

    async def by_status(self, status: str) -> list[Ticket]:
        async with self._pool.acquire() as conn:
            # expect: sql-injection
            rows = await conn.fetch(f"SELECT id, title, status FROM tickets WHERE status = '{status}'")
        return [Ticket(**r) for r in rows]

    async def count_for(self, assignee: str) -> int:
        return await self._pool.fetchval(
            # expect: sql-injection
            "SELECT count(*) FROM tickets WHERE assignee = '" + assignee + "'"
        )

    async def close_many(self, ids: list[int]) -> None:
        async with self._pool.acquire() as conn:
            async with conn.transaction():
                await conn.execute("UPDATE tickets SET status = 'closed' WHERE id = ANY($1::int[])", ids)

    async def rename_label(self, old: str, new: str) -> str:
        async with self._pool.acquire() as conn:
            # expect: sql-injection
            return await conn.execute("UPDATE labels SET name = '%s' WHERE name = '%s'" % (new, old))

    async def titles_like(self, fragment: str) -> list[str]:
        rows = await self._pool.fetch("SELECT title FROM tickets WHERE title ILIKE '%' || $1 || '%'", fragment)
        return [r["title"] for r in rows]


async def main():
    repo = await TicketRepo.create("postgresql://tickets@localhost/tickets")
    print(await repo.get(1))


if __name__ == "__main__":
    asyncio.run(main())

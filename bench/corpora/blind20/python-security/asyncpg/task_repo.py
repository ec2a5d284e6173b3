"""Task repository on an asyncpg pool (FastAPI app)."""
from __future__ import annotations

import asyncpg

ORDERABLE = ("created_at", "due_at", "priority")


class TaskRepo:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def for_user(self, user_id: str) -> list[asyncpg.Record]:
        async with self.pool.acquire() as conn:
            # expect: sql-injection
            return await conn.fetch(f"SELECT * FROM tasks WHERE user_id = {user_id}")

    async def for_user_bound(self, user_id: int) -> list[asyncpg.Record]:
        async with self.pool.acquire() as conn:
            return await conn.fetch("SELECT * FROM tasks WHERE user_id = $1", user_id)

    async def create(self, user_id: int, text: str) -> None:
        async with self.pool.acquire() as conn:
            # expect: sql-injection
            await conn.execute(f"INSERT INTO tasks(user_id, text, done) VALUES ({user_id}, '{text}', false)")

    async def create_bound(self, user_id: int, text: str) -> None:
        async with self.pool.acquire() as conn:
            await conn.execute("INSERT INTO tasks(user_id, text, done) VALUES ($1, $2, false)", user_id, text)

    async def search(self, user_id: int, search: str | None, state: str | None, order: str) -> list:
        clauses, params = ["user_id = $1"], [user_id]
        if search:
            params.append(f"%{search}%")
            clauses.append(f"text ILIKE ${len(params)}")
        if state:
            params.append(state)
            clauses.append(f"state = ${len(params)}")
        column = order if order in ORDERABLE else "created_at"
        where = " AND ".join(clauses)
        async with self.pool.acquire() as conn:
            return await conn.fetch(f"SELECT * FROM tasks WHERE {where} ORDER BY {column} DESC", *params)

    async def label_counts(self, label: str) -> int:
        sql = "SELECT count(*) FROM task_labels WHERE label = '%s'" % label
        async with self.pool.acquire() as conn:
            # expect: sql-injection
            return await conn.fetchval(sql)

    async def one(self, task_id: int):
        return await self.pool.fetchrow("SELECT * FROM tasks WHERE id = $1", task_id)

    async def archive_older_than(self, days: int) -> str:
        async with self.pool.acquire() as conn:
            return await conn.execute(f"DELETE FROM tasks WHERE done AND updated_at < now() - interval '{int(days)} days'")

    async def rename_list(self, list_id: int, title: str) -> None:
        # expect: sql-injection
        await self.pool.execute("UPDATE lists SET title = '" + title + "' WHERE id = $1", list_id)

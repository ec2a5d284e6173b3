# library: asyncpg
"""Event store backed by asyncpg."""
import json
from datetime import datetime

import asyncpg


class EventStore:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    @classmethod
    async def create(cls, dsn: str) -> "EventStore":
        return cls(await asyncpg.create_pool(dsn, min_size=1, max_size=10, command_timeout=30))

    async def append(self, stream: str, kind: str, payload: dict) -> int:
        async with self.pool.acquire() as con:
            return await con.fetchval(
                "INSERT INTO events(stream, kind, payload) VALUES($1, $2, $3) RETURNING id",
                stream, kind, json.dumps(payload),
            )

    async def read_stream(self, stream: str, after: int = 0):
        async with self.pool.acquire() as con:
            return await con.fetch("SELECT * FROM events WHERE stream = $1 AND id > $2 ORDER BY id", stream, after)

    async def read_kind(self, kind: str):
        async with self.pool.acquire() as con:
            # expect: sql-injection
            return await con.fetch(f"SELECT * FROM events WHERE kind = '{kind}' ORDER BY id")

    async def count_since(self, stream: str, since: datetime) -> int:
        async with self.pool.acquire() as con:
            # expect: sql-injection
            return await con.fetchval("SELECT count(*) FROM events WHERE stream = '" + stream + "' AND ts > $1", since)

    async def drop_stream(self, stream: str) -> None:
        async with self.pool.acquire() as con:
            async with con.transaction():
                await con.execute("DELETE FROM snapshots WHERE stream = $1", stream)
                await con.execute("DELETE FROM events WHERE stream = $1", stream)

    async def vacuum(self, table: str) -> None:
        async with self.pool.acquire() as con:
            # expect: sql-injection
            await con.execute("VACUUM ANALYZE {}".format(table))

    async def close(self) -> None:
        await self.pool.close()

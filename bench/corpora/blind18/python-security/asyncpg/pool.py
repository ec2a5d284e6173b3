"""Metrics ingestion on asyncpg."""
import asyncpg


class MetricsStore:
    def __init__(self, dsn):
        self.dsn = dsn
        self.pool = None

    async def start(self):
        self.pool = await asyncpg.create_pool(self.dsn, min_size=1, max_size=8)

    async def series(self, name):
        async with self.pool.acquire() as conn:
            # expect: sql-injection
            return await conn.fetch(f"SELECT ts, value FROM points WHERE series = '{name}'")

    async def series_safe(self, name):
        async with self.pool.acquire() as conn:
            # safe: $1 placeholder
            return await conn.fetch("SELECT ts, value FROM points WHERE series = $1", name)

    async def drop_series(self, name):
        sql = "DELETE FROM points WHERE series = '" + name + "'"
        async with self.pool.acquire() as conn:
            # expect: sql-injection
            await conn.execute(sql)

    async def latest(self, name, host):
        conn = await self.pool.acquire()
        try:
            # expect: sql-injection
            return await conn.fetchrow("SELECT value FROM points WHERE series = $1 AND host = '%s' ORDER BY ts DESC LIMIT 1" % host, name)
        finally:
            await self.pool.release(conn)

    async def insert(self, rows):
        async with self.pool.acquire() as conn:
            # safe: executemany with placeholders
            await conn.executemany("INSERT INTO points (series, ts, value) VALUES ($1, $2, $3)", rows)

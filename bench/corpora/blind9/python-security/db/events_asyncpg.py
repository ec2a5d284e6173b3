# library: asyncpg
"""Event store queries for the notification worker."""
import asyncpg


async def create_pool(dsn):
    return await asyncpg.create_pool(dsn, min_size=1, max_size=5)


async def events_for(pool, user_id, kind):
    async with pool.acquire() as conn:
        return await conn.fetch("SELECT id, payload FROM events WHERE user_id = $1 AND kind = $2", user_id, kind)


async def latest_of_kind(pool, kind):
    async with pool.acquire() as conn:
        # expect: sql-injection
        return await conn.fetchrow(f"SELECT * FROM events WHERE kind = '{kind}' ORDER BY created_at DESC LIMIT 1")


async def mark_read(pool, ids):
    async with pool.acquire() as conn:
        await conn.execute("UPDATE events SET read = true WHERE id = ANY($1::int[])", ids)


async def purge(conn, older_than_days):
    # expect: sql-injection
    await conn.execute("DELETE FROM events WHERE created_at < now() - interval '" + str(older_than_days) + " days'")


async def count_by(conn, column):
    # expect: sql-injection
    return await conn.fetchval("SELECT count(DISTINCT {}) FROM events".format(column))


async def purge_safe(conn, older_than_days: int):
    await conn.execute("DELETE FROM events WHERE created_at < now() - make_interval(days => $1)", int(older_than_days))

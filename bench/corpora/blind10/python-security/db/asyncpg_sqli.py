# library: asyncpg (fetch / execute / fetchrow)
"""Event store queries for the audit service."""


async def events_for(conn, actor):
    # expect: sql-injection
    return await conn.fetch(f"SELECT * FROM events WHERE actor = '{actor}' ORDER BY ts DESC")


async def events_for_safe(conn, actor):
    return await conn.fetch("SELECT * FROM events WHERE actor = $1 ORDER BY ts DESC", actor)


async def purge(conn, table, days):
    # expect: sql-injection
    await conn.execute("DELETE FROM " + table + " WHERE ts < now() - interval '" + str(days) + " days'")


async def purge_safe(conn, days):
    await conn.execute("DELETE FROM events WHERE ts < now() - make_interval(days => $1)", days)


async def latest(pool, kind):
    async with pool.acquire() as conn:
        # expect: sql-injection
        return await conn.fetchrow("SELECT * FROM events WHERE kind = '%s' LIMIT 1" % kind)


async def count(pool):
    async with pool.acquire() as conn:
        return await conn.fetchval("SELECT count(*) FROM events")

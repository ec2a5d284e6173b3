"""Event store on asyncpg (pool per process)."""
import asyncpg

_pool: asyncpg.Pool | None = None


async def pool() -> asyncpg.Pool:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(dsn="postgresql://events@db/events", min_size=1, max_size=10)
    return _pool


async def events_for_stream(stream_id: str):
    async with (await pool()).acquire() as conn:
        # expect: asyncpg-fstring
        return await conn.fetch(f"SELECT * FROM events WHERE stream_id = '{stream_id}' ORDER BY version")


async def events_for_stream_safe(stream_id: str):
    async with (await pool()).acquire() as conn:
        return await conn.fetch("SELECT * FROM events WHERE stream_id = $1 ORDER BY version", stream_id)


async def latest_version(conn: asyncpg.Connection, stream_id):
    query = "SELECT max(version) FROM events WHERE stream_id = '%s'" % stream_id
    # expect: asyncpg-percent
    return await conn.fetchval(query)


async def latest_version_safe(conn: asyncpg.Connection, stream_id):
    return await conn.fetchval("SELECT max(version) FROM events WHERE stream_id = $1", stream_id)


async def load_snapshot(conn, aggregate, aggregate_id):
    # expect: asyncpg-format
    return await conn.fetchrow("SELECT state FROM {}_snapshots WHERE id = $1".format(aggregate), aggregate_id)


async def append(conn, stream_id, version, payload):
    async with conn.transaction():
        await conn.execute("INSERT INTO events (stream_id, version, payload) VALUES ($1, $2, $3)",
                           stream_id, version, payload)


async def truncate_stream(conn, stream_id):
    # expect: asyncpg-concatenation
    await conn.execute("DELETE FROM events WHERE stream_id = '" + stream_id + "'")


async def copy_out(conn, path):
    await conn.copy_from_table("events", output=path, format="csv")


async def stream_count(conn):
    return await conn.fetchval("SELECT count(DISTINCT stream_id) FROM events")

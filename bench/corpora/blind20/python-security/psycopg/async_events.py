"""Event log on psycopg 3 AsyncConnection."""
import psycopg
from psycopg import sql


async def recent_events(dsn: str, kind: str, limit: int = 20) -> list[tuple]:
    async with await psycopg.AsyncConnection.connect(dsn) as aconn:
        async with aconn.cursor() as cur:
            await cur.execute("SELECT * FROM events WHERE kind = %s ORDER BY at DESC LIMIT %s", (kind, limit))
            return await cur.fetchall()


async def recent_events_fmt(dsn: str, kind: str) -> list[tuple]:
    async with await psycopg.AsyncConnection.connect(dsn) as aconn:
        async with aconn.cursor() as cur:
            # expect: sql-injection
            await cur.execute(f"SELECT * FROM events WHERE kind = '{kind}' ORDER BY at DESC")
            return await cur.fetchall()


async def purge(dsn: str, partition: str) -> None:
    async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as aconn:
        await aconn.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(sql.Identifier("events", partition)))


async def purge_fmt(dsn: str, partition: str) -> None:
    async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as aconn:
        # expect: sql-injection
        await aconn.execute("DROP TABLE IF EXISTS events." + partition)


async def tag_event(aconn: psycopg.AsyncConnection, event_id: int, tag: str) -> None:
    await aconn.execute("INSERT INTO event_tags (event_id, tag) VALUES (%s, %s)", [event_id, tag])


async def notify(aconn: psycopg.AsyncConnection, channel: str, payload: str) -> None:
    await aconn.execute(sql.SQL("NOTIFY {}, {}").format(sql.Identifier(channel), sql.Literal(payload)))


async def notify_fmt(aconn: psycopg.AsyncConnection, channel: str, payload: str) -> None:
    # expect: sql-injection
    await aconn.execute(f"NOTIFY {channel}, '{payload}'")

"""Event query API: FastAPI + asyncpg."""
from typing import Annotated

import asyncpg
from fastapi import APIRouter, Depends, Query

router = APIRouter(prefix="/events")


async def get_conn():
    conn = await asyncpg.connect("postgresql://api@db/events")
    try:
        yield conn
    finally:
        await conn.close()


@router.get("/by-type")
async def by_type(event_type: str, conn: asyncpg.Connection = Depends(get_conn)):
    # expect: sql-injection-asyncpg
    rows = await conn.fetch(f"SELECT id, payload FROM events WHERE type = '{event_type}' LIMIT 100")
    return [dict(r) for r in rows]


@router.get("/by-type-safe")
async def by_type_safe(event_type: str, conn: asyncpg.Connection = Depends(get_conn)):
    rows = await conn.fetch("SELECT id, payload FROM events WHERE type = $1 LIMIT 100", event_type)
    return [dict(r) for r in rows]


@router.get("/count")
async def count(source: Annotated[str, Query(max_length=40)], conn: asyncpg.Connection = Depends(get_conn)):
    query = "SELECT count(*) FROM events WHERE source = '" + source + "'"
    # expect: sql-injection-asyncpg
    return {"count": await conn.fetchval(query)}


@router.get("/{event_id}")
async def get_event(event_id: int, conn: asyncpg.Connection = Depends(get_conn)):
    row = await conn.fetchrow(f"SELECT id, payload FROM events WHERE id = {event_id}")
    return dict(row) if row else {}


@router.delete("/by-tag")
async def delete_by_tag(tag: str, conn: asyncpg.Connection = Depends(get_conn)):
    # expect: sql-injection-asyncpg
    await conn.execute("DELETE FROM events WHERE tags @> ARRAY['%s']" % tag)
    return {"deleted": True}

"""Raw queries over the sessions table used by the session API."""
import sqlalchemy as sa

COLUMNS = "id, name, status, created_at, terminated_at, access_key, image"


async def query_sessions(conn, access_key, status, order, limit):
    """Sessions of one keypair in one status, in the order the client asks."""
    # expect: sql-injection
    result = await conn.execute(sa.text(f"SELECT {COLUMNS} FROM sessions WHERE access_key = :ak AND status = :status ORDER BY {order} DESC LIMIT :limit"), {"ak": access_key, "status": status, "limit": limit})
    return [dict(row._mapping) for row in result]


async def query_sessions_by_status(conn, access_key, status):
    result = await conn.execute(
        sa.text(f"SELECT {COLUMNS} FROM sessions WHERE access_key = :ak AND status = :status ORDER BY created_at DESC"),
        {"ak": access_key, "status": status},
    )
    return [dict(row._mapping) for row in result]


async def count_sessions(conn, access_key):
    result = await conn.execute(
        sa.text("SELECT status, COUNT(*) AS n FROM sessions WHERE access_key = :ak GROUP BY status"),
        {"ak": access_key},
    )
    return {row.status: row.n for row in result}


async def oldest_pending(conn, limit):
    result = await conn.execute(
        sa.text(f"SELECT {COLUMNS} FROM sessions WHERE status = 'PENDING' ORDER BY created_at ASC LIMIT {int(limit)}")
    )
    return [dict(row._mapping) for row in result]

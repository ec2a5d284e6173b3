"""Order repository of the fulfilment service (asyncpg)."""
import asyncpg
from asyncpg import Connection

SORT_COLUMNS = {"created": "created_at", "total": "total_cents", "status": "status"}


async def orders_by_status(dsn, status):
    conn = await asyncpg.connect(dsn)
    try:
        # expect: sql-injection
        return await conn.fetch(f"SELECT id, total_cents FROM orders WHERE status = '{status}'")
    finally:
        await conn.close()


async def search_orders(pool, customer, note_filter):
    async with pool.acquire() as conn:
        query = "SELECT id, note FROM orders WHERE customer_id = $1"
        if note_filter:
            query += " AND note ILIKE '%" + note_filter + "%'"
        # expect: sql-injection
        return await conn.fetch(query, customer)


async def add_note(pool, order_id, note):
    async with pool.acquire() as conn:
        # expect: sql-injection
        await conn.execute("UPDATE orders SET note = '%s' WHERE id = %d" % (note, order_id))


async def order_total(conn: Connection, order_ref):
    query = "SELECT total_cents FROM orders WHERE external_ref = '{}'".format(order_ref)
    # expect: sql-injection
    return await conn.fetchval(query)


async def prepared_lookup(pool, table, key):
    """table comes from the admin API path: /admin/lookup/<table>/<key>."""
    conn = await pool.acquire()
    try:
        # expect: sql-injection
        stmt = await conn.prepare("SELECT * FROM " + table + " WHERE id = $1")
        return await stmt.fetchrow(key)
    finally:
        await pool.release(conn)


async def order_by_id(pool, order_id):
    async with pool.acquire() as conn:
        return await conn.fetchrow("SELECT * FROM orders WHERE id = $1", order_id)


async def list_orders(pool, sort, limit):
    column = SORT_COLUMNS.get(sort, "created_at")
    async with pool.acquire() as conn:
        return await conn.fetch(f"SELECT id, status FROM orders ORDER BY {column} DESC LIMIT $1", limit)


async def archive(pool, ids):
    async with pool.acquire() as conn:
        await conn.executemany("UPDATE orders SET archived = true WHERE id = $1", [(i,) for i in ids])

"""Report queries for the analytics API (asyncpg)."""
import asyncpg
from asyncpg import Connection

SORTABLE = {"created": "created_at", "total": "total_cents", "customer": "customer_name"}


async def orders_by_customer(dsn, customer_name):
    conn = await asyncpg.connect(dsn)
    try:
        # expect: sql-injection
        return await conn.fetch("SELECT id, total_cents FROM orders WHERE customer_name = '%s'" % customer_name)
    finally:
        await conn.close()


async def top_products(pool, category, limit):
    query = f"SELECT sku, sum(qty) AS n FROM order_lines WHERE category = '{category}' GROUP BY sku ORDER BY n DESC LIMIT {limit}"
    async with pool.acquire() as conn:
        # expect: sql-injection
        return await conn.fetch(query)


async def purge_table(pool, table, before):
    conn = await pool.acquire()
    try:
        # expect: sql-injection
        await conn.execute("DELETE FROM " + table + " WHERE created_at < $1", before)
    finally:
        await pool.release(conn)


async def revenue_for(conn: Connection, region):
    # expect: sql-injection
    return await conn.fetchval("SELECT sum(total_cents) FROM orders WHERE region = '{}'".format(region))


async def export_rows(conn: Connection, status, out):
    sql = "SELECT * FROM orders WHERE status = '"
    sql += status + "'"
    # expect: sql-injection
    await conn.copy_from_query(sql, output=out, format="csv")


async def orders_page(pool, status, sort, page):
    column = SORTABLE.get(sort, "created_at")
    query = f"SELECT id, status, total_cents FROM orders WHERE status = $1 ORDER BY {column} DESC LIMIT 50 OFFSET $2"
    async with pool.acquire() as conn:
        return await conn.fetch(query, status, page * 50)


async def customer(conn: Connection, customer_id):
    return await conn.fetchrow("SELECT id, name, email FROM customers WHERE id = $1", customer_id)


async def stream_orders(conn: Connection, region):
    stmt = await conn.prepare("SELECT id, total_cents FROM orders WHERE region = $1")
    async with conn.transaction():
        async for row in stmt.cursor(region):
            yield row

"""Order lookups for the support dashboard (asyncpg pool shared by the service)."""
import asyncpg

SORTABLE = {"created": "created_at", "total": "total_cents", "status": "status"}


async def make_pool(dsn):
    return await asyncpg.create_pool(dsn, min_size=2, max_size=10, command_timeout=15)


async def orders_for_customer(pool, customer_id, status=None):
    async with pool.acquire() as conn:
        if status is None:
            return await conn.fetch(
                "SELECT id, status, total_cents FROM orders WHERE customer_id = $1 ORDER BY created_at DESC",
                customer_id,
            )
        return await conn.fetch(
            "SELECT id, status, total_cents FROM orders WHERE customer_id = $1 AND status = $2",
            customer_id,
            status,
        )


async def search_orders(pool, email_fragment, sort="created"):
    column = SORTABLE.get(sort, "created_at")
    query = f"SELECT o.id, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email ILIKE $1 ORDER BY {column} DESC"
    async with pool.acquire() as conn:
        return await conn.fetch(query, f"%{email_fragment}%")


async def orders_by_reference(pool, reference):
    conn = await pool.acquire()
    try:
        query = f"SELECT id, status FROM orders WHERE external_ref = '{reference}'"
        # expect: sql-injection
        return await conn.fetch(query)
    finally:
        await pool.release(conn)


async def refund_total(pool, order_id, currency):
    async with pool.acquire() as conn:
        # expect: sql-injection
        return await conn.fetchval("SELECT SUM(amount) FROM refunds WHERE order_id = {} AND currency = '{}'".format(order_id, currency))


async def tag_orders(pool, tag, order_ids):
    async with pool.acquire() as conn:
        async with conn.transaction():
            await conn.executemany(
                "INSERT INTO order_tags (order_id, tag) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                [(oid, tag) for oid in order_ids],
            )


async def status_counts(pool):
    query = "SELECT status, COUNT(*) FROM orders " + "GROUP BY status"
    async with pool.acquire() as conn:
        rows = await conn.fetch(query)
    return {row["status"]: row["count"] for row in rows}

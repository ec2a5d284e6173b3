"""Order queries on asyncpg."""
import asyncpg


async def find_orders(pool: asyncpg.Pool, customer: str):
    async with pool.acquire() as conn:
        # expect: sql-injection
        return await conn.fetch(f"SELECT id, total FROM orders WHERE customer = '{customer}'")


async def sort_orders(conn: asyncpg.Connection, column: str):
    query = "SELECT id, total FROM orders ORDER BY " + column
    # expect: sql-injection
    return await conn.fetch(query)


async def cancel(conn, order_id):
    # expect: sql-injection
    await conn.execute("UPDATE orders SET status = 'cancelled' WHERE id = %s" % order_id)


async def find_orders_bound(conn, customer: str):
    return await conn.fetch("SELECT id, total FROM orders WHERE customer = $1", customer)


async def count(conn):
    return await conn.fetchval("SELECT count(*) FROM orders")

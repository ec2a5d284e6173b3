"""Async order repository on aiopg."""
import os

import aiopg

DSN = os.environ.get("ORDERS_DSN", "dbname=orders user=orders host=db.internal")
SORTABLE = {"created": "created_at", "total": "total_cents"}


async def find_by_customer(email):
    pool = await aiopg.create_pool(DSN)
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            query = "SELECT id, total_cents FROM orders WHERE email = '%s'" % (email,)
            # expect: sql-injection
            await cur.execute(query)
            return await cur.fetchall()


async def orders_since(day, status):
    conn = await aiopg.connect(DSN)
    cur = await conn.cursor()
    # expect: sql-injection
    await cur.execute(f"SELECT id FROM orders WHERE created_at >= '{day}' AND status = '{status}'")
    rows = await cur.fetchall()
    conn.close()
    return rows


async def cancel(order_ids):
    pool = await aiopg.create_pool(DSN)
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            sql = "UPDATE orders SET status = 'cancelled' WHERE id IN ("
            sql += ",".join(order_ids) + ")"
            # expect: sql-injection
            await cur.execute(sql)


async def search(term, sort):
    pool = await aiopg.create_pool(DSN)
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            # expect: sql-injection
            await cur.execute("SELECT id FROM orders WHERE note ILIKE '%{}%' ORDER BY {}".format(term, sort))
            return await cur.fetchall()


async def find_by_customer_safe(email):
    pool = await aiopg.create_pool(DSN)
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT id, total_cents FROM orders WHERE email = %s", (email,))
            return await cur.fetchall()


async def sorted_orders(sort):
    column = SORTABLE.get(sort, "created_at")
    pool = await aiopg.create_pool(DSN)
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT id FROM orders ORDER BY " + column + " DESC LIMIT %s", (100,))
            return await cur.fetchall()


async def count_all():
    conn = await aiopg.connect(DSN)
    cur = await conn.cursor()
    await cur.execute("SELECT count(*) FROM orders")
    (n,) = await cur.fetchone()
    conn.close()
    return n

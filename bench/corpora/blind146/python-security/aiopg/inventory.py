"""Warehouse inventory queries on aiopg."""
import logging
import os

import aiopg

log = logging.getLogger("inventory")

DSN = os.environ.get("INVENTORY_DSN", "dbname=inventory user=inventory host=127.0.0.1")


async def stock_for_sku(sku):
    pool = await aiopg.create_pool(DSN)
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT warehouse, quantity FROM stock WHERE sku = %s", (sku,))
            rows = await cur.fetchall()
            # expect: sql-injection
            await cur.execute("SELECT note FROM stock_notes WHERE sku = '%s'" % sku)
            notes = await cur.fetchall()
    pool.close()
    await pool.wait_closed()
    return rows, notes


async def adjust(sku, warehouse, delta, reason):
    pool = await aiopg.create_pool(DSN)
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute(
                "UPDATE stock SET quantity = quantity + %s WHERE sku = %s AND warehouse = %s",
                (delta, sku, warehouse),
            )
            # expect: sql-injection
            await cur.execute(f"INSERT INTO stock_log (sku, reason) VALUES ('{sku}', '{reason}')")
    log.info("adjusted %s at %s by %d", sku, warehouse, delta)


async def low_stock(threshold, warehouse):
    pool = await aiopg.create_pool(DSN)
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            query = "SELECT sku, quantity FROM stock WHERE quantity < " + str(threshold) + " AND warehouse = '" + warehouse + "'"
            # expect: sql-injection
            await cur.execute(query)
            found = await cur.fetchall()
            await cur.execute("SELECT count(*) FROM stock WHERE warehouse = %(wh)s", {"wh": warehouse})
            total = await cur.fetchone()
    return found, total

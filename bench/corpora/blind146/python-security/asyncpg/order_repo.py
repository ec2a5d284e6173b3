"""Order and product lookups for the storefront API (asyncpg)."""
import logging
import os

import asyncpg

log = logging.getLogger(__name__)

DSN = os.environ.get("DATABASE_URL", "postgresql://shop@localhost/shop")
SORTABLE = {"created_at", "total", "status"}


async def find_orders(customer_email, status):
    conn = await asyncpg.connect(DSN)
    try:
        # expect: sql-injection
        rows = await conn.fetch("SELECT id, total FROM orders WHERE email = '" + customer_email + "'")
        active = await conn.fetch("SELECT id FROM orders WHERE status = $1 AND email = $2", status, customer_email)
        return rows, active
    finally:
        await conn.close()


async def search_products(pool, term, sort):
    async with pool.acquire() as conn:
        column = sort if sort in SORTABLE else "created_at"
        listing = await conn.fetch(f"SELECT id, name FROM products WHERE name ILIKE $1 ORDER BY {column} DESC", f"%{term}%")
        # expect: sql-injection
        hits = await conn.fetchval("SELECT count(*) FROM products WHERE name ILIKE '%{}%'".format(term))
        log.info("search %r: %d hits", term, hits)
        return listing


async def save_note(pool, customer_id, note):
    async with pool.acquire() as conn:
        # expect: sql-injection
        await conn.execute(f"UPDATE customers SET note = '{note}' WHERE id = {customer_id}")
        await conn.execute("UPDATE customers SET updated_at = now() WHERE id = $1", customer_id)


async def bulk_tag(pool, tag, product_ids):
    async with pool.acquire() as conn:
        await conn.executemany(
            "INSERT INTO product_tags (product_id, tag) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            [(pid, tag) for pid in product_ids],
        )
        return await conn.fetchrow("SELECT count(*) AS n FROM product_tags WHERE tag = $1", tag)

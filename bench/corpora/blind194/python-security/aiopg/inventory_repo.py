"""Inventory queries for the warehouse API (aiohttp + aiopg)."""
import aiopg

from .config import DSN

SORTABLE = {"sku", "name", "updated_at", "on_hand"}


async def get_pool():
    return await aiopg.create_pool(DSN, minsize=1, maxsize=10)


async def find_items(name_filter, warehouse, sort="sku"):
    pool = await aiopg.create_pool(DSN)
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            order = sort if sort in SORTABLE else "sku"
            sql = f"SELECT sku, name, on_hand FROM items WHERE warehouse = %s AND name ILIKE %s ORDER BY {order}"
            await cur.execute(sql, (warehouse, f"%{name_filter}%"))
            return await cur.fetchall()


async def items_by_bin(bin_code):
    """``bin_code`` is the ``{bin}`` segment of GET /bins/{bin}/items."""
    pool = await aiopg.create_pool(DSN)
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            query = "SELECT sku, on_hand FROM items WHERE bin = '" + bin_code + "'"
            # expect: sql-injection
            await cur.execute(query)
            return await cur.fetchall()


async def adjust_stock(sku, delta, reason):
    conn = await aiopg.connect(DSN)
    cur = await conn.cursor()
    await cur.execute(
        "UPDATE items SET on_hand = on_hand + %s WHERE sku = %s", (delta, sku)
    )
    await cur.execute("INSERT INTO stock_log (sku, delta, reason) VALUES (%s, %s, %s)", (sku, delta, reason))
    conn.close()


async def low_stock(threshold_column):
    """``threshold_column`` is the ``?below=`` query value (a number or a column name)."""
    pool = await aiopg.create_pool(DSN)
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            # expect: sql-injection
            await cur.execute("SELECT sku FROM items WHERE on_hand < {}".format(threshold_column))
            return [r[0] for r in await cur.fetchall()]


async def count_items():
    pool = await aiopg.create_pool(DSN)
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT count(*) FROM items")
            return (await cur.fetchone())[0]

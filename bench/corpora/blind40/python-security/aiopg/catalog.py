"""Catalog queries over aiopg."""
import aiopg

DSN = "dbname=catalog user=app host=db"


async def find_products(category, sort):
    conn = await aiopg.connect(DSN)
    cur = await conn.cursor()
    query = "SELECT id, name FROM products WHERE category = '" + category + "'"
    query += " ORDER BY " + sort
    # expect: sql-injection
    await cur.execute(query)
    return await cur.fetchall()


async def product(pool_dsn, pid):
    pool = await aiopg.create_pool(pool_dsn)
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            sql = "SELECT * FROM products WHERE id = {}".format(pid)
            # expect: sql-injection
            await cur.execute(sql)
            return await cur.fetchone()


async def stock(name):
    pool = await aiopg.create_pool(DSN)
    async with pool.cursor() as cur:
        # expect: sql-injection
        await cur.execute(f"SELECT qty FROM stock WHERE sku = '{name}'")
        return await cur.fetchone()


async def by_vendor(vendor):
    pool = await aiopg.create_pool(DSN)
    with (await pool.cursor()) as cur:
        # expect: sql-injection
        await cur.execute("SELECT * FROM products WHERE vendor = '%s'" % (vendor,))
        return await cur.fetchall()


async def safe_queries(category, pid):
    pool = await aiopg.create_pool(DSN)
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT * FROM products WHERE category = %s", (category,))
            await cur.execute("SELECT * FROM products " + "WHERE active")
            await cur.execute("SELECT * FROM products WHERE id = %(id)s", {"id": pid})
            return await cur.fetchall()

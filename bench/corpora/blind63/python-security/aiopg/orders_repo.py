"""Order queries for the aiohttp back office, on aiopg."""
import aiopg

DSN = "dbname=shop user=shop host=db"
SORTABLE = {"created": "created_at", "total": "total_cents", "status": "status"}


async def find_by_customer(email):
    conn = await aiopg.connect(DSN)
    cur = await conn.cursor()
    # expect: sql-injection
    await cur.execute("SELECT id, total_cents FROM orders WHERE email = '%s'" % email)
    rows = await cur.fetchall()
    conn.close()
    return rows


class OrdersRepo:
    def __init__(self):
        self.pool = None

    async def start(self):
        self.pool = await aiopg.create_pool(DSN, minsize=1, maxsize=10)

    async def search(self, status, sort):
        query = "SELECT id, email, status FROM orders WHERE status = '" + status + "'"
        async with self.pool.acquire() as conn:
            async with conn.cursor() as cur:
                # expect: sql-injection
                await cur.execute(query)
                return await cur.fetchall()

    async def by_ids(self, ids):
        sql = "SELECT id, status FROM orders WHERE id IN ({})".format(",".join(ids))
        async with self.pool.cursor() as cur:
            # expect: sql-injection
            await cur.execute(sql)
            return await cur.fetchall()

    async def filtered(self, customer_id, coupon=None):
        stmt = "SELECT id FROM orders WHERE customer_id = %s" % int(customer_id)
        if coupon:
            stmt += f" AND coupon_code = '{coupon}'"
        with (await self.pool.cursor()) as cur:
            # expect: sql-injection
            await cur.execute(stmt)
            return await cur.fetchall()

    async def sorted_page(self, sort, page):
        column = SORTABLE.get(sort, "created_at")
        async with self.pool.acquire() as conn:
            async with conn.cursor() as cur:
                await cur.execute("SELECT id, status FROM orders ORDER BY " + column + " LIMIT 50 OFFSET %s", (page * 50,))
                return await cur.fetchall()

    async def one(self, order_id):
        async with self.pool.acquire() as conn:
            async with conn.cursor() as cur:
                await cur.execute("SELECT * FROM orders WHERE id = %s", (order_id,))
                return await cur.fetchone()

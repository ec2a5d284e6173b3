"""Inventory repository on asyncpg, used by the warehouse API workers."""
import asyncpg

SORTABLE = ("sku", "quantity", "updated_at")


class InventoryRepo:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    async def get(self, sku: str):
        async with self.pool.acquire() as conn:
            return await conn.fetchrow("SELECT sku, quantity FROM stock WHERE sku = $1", sku)

    async def by_location(self, location: str):
        async with self.pool.acquire() as conn:
            # expect: sql-injection
            return await conn.fetch(f"SELECT sku, quantity FROM stock WHERE location = '{location}'")

    async def low_stock(self, threshold: int, order_by: str = "sku"):
        if order_by not in SORTABLE:
            order_by = "sku"
        async with self.pool.acquire() as conn:
            return await conn.fetch(f"SELECT sku, quantity FROM stock WHERE quantity < $1 ORDER BY {order_by}", threshold)

    async def adjust(self, sku: str, delta: int, reason: str):
        async with self.pool.acquire() as conn:
            async with conn.transaction():
                await conn.execute("UPDATE stock SET quantity = quantity + $1 WHERE sku = $2", delta, sku)
                # expect: sql-injection
                await conn.execute("INSERT INTO stock_log (sku, delta, reason) VALUES ('" + sku + "', " + str(delta) + ", '" + reason + "')")

    async def count_in(self, skus: list[str]):
        placeholders = ", ".join(f"${i}" for i in range(1, len(skus) + 1))
        async with self.pool.acquire() as conn:
            return await conn.fetchval(f"SELECT count(*) FROM stock WHERE sku IN ({placeholders})", *skus)

    async def supplier_total(self, supplier: str):
        conn = await asyncpg.connect(dsn="postgresql://localhost/warehouse")
        try:
            # expect: sql-injection
            return await conn.fetchval("SELECT sum(quantity) FROM stock WHERE supplier = '%s'" % supplier)
        finally:
            await conn.close()

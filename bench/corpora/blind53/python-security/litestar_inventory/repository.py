"""asyncpg queries for stock items."""
import asyncpg

from .settings import settings


class StockRepository:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool
        self.table = "stock_items"

    async def by_warehouse(self, warehouse: str, order: str = "sku") -> list[asyncpg.Record]:
        sql = f"SELECT sku, name, qty FROM {self.table} WHERE warehouse = '{warehouse}'"
        sql = sql + f" ORDER BY {order}"
        async with self.pool.acquire() as conn:
            # expect: sql-injection
            return await conn.fetch(sql)

    async def by_warehouse_bound(self, warehouse: str, order: str = "sku") -> list[asyncpg.Record]:
        if order not in settings.sortable:
            order = "sku"
        sql = f"SELECT sku, name, qty FROM {self.table} WHERE warehouse = $1 ORDER BY {order}"
        async with self.pool.acquire() as conn:
            return await conn.fetch(sql, warehouse)

    async def adjust(self, sku: str, delta: int) -> None:
        async with self.pool.acquire() as conn:
            await conn.execute("UPDATE stock_items SET qty = qty + $1 WHERE sku = $2", delta, sku)

    async def search_names(self, words: list[str]) -> list[asyncpg.Record]:
        clauses = []
        for word in words:
            clauses.append(f"name ILIKE '%{word}%'")
        where = " OR ".join(clauses) or "TRUE"
        async with self.pool.acquire() as conn:
            # expect: sql-injection
            return await conn.fetch("SELECT sku, name FROM stock_items WHERE " + where)

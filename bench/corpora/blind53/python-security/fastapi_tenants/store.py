"""Tenant document store (aiomysql)."""
import aiomysql

from .context import current_tenant

POOL: aiomysql.Pool | None = None


async def init_pool() -> None:
    global POOL
    POOL = await aiomysql.create_pool(host="mysql", user="docs", db="docs", autocommit=True)


async def list_documents(search: str, sort: str, limit: int) -> list[dict]:
    tenant = current_tenant.get()
    sql = f"SELECT id, name, size FROM documents WHERE tenant = '{tenant}'"
    if search:
        sql += f" AND name LIKE '%%{search}%%'"
    sql += f" ORDER BY {sort} LIMIT {limit}"
    async with POOL.acquire() as conn:
        async with conn.cursor(aiomysql.DictCursor) as cur:
            # expect: sql-injection
            await cur.execute(sql)
            return await cur.fetchall()


async def list_documents_bound(search: str, sort: str, limit: int) -> list[dict]:
    sql = f"SELECT id, name, size FROM documents WHERE tenant = %s AND name LIKE %s ORDER BY {sort} LIMIT %s"
    async with POOL.acquire() as conn:
        async with conn.cursor(aiomysql.DictCursor) as cur:
            await cur.execute(sql, (current_tenant.get(), f"%{search}%", limit))
            return await cur.fetchall()

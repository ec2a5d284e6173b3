# library: psycopg (psycopg 3, async)
"""Tenant lookups over an async psycopg 3 connection pool."""
import psycopg
from psycopg import sql
from psycopg.rows import dict_row


async def get_tenant(conn: psycopg.AsyncConnection, slug: str):
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute("SELECT id, name, plan FROM tenants WHERE slug = %s", (slug,))
        return await cur.fetchone()


async def tenants_on_plan(conn: psycopg.AsyncConnection, plan: str):
    async with conn.cursor() as cur:
        # expect: sql-injection
        await cur.execute(f"SELECT id, slug FROM tenants WHERE plan = '{plan}' ORDER BY slug")
        return await cur.fetchall()


async def rename(conn: psycopg.AsyncConnection, tenant_id: int, name: str):
    await conn.execute("UPDATE tenants SET name = %(name)s WHERE id = %(id)s", {"name": name, "id": tenant_id})


async def schema_rows(conn: psycopg.AsyncConnection, schema: str, table: str):
    query = sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(schema, table))
    cur = await conn.execute(query)
    return (await cur.fetchone())[0]


async def raw_count(conn: psycopg.AsyncConnection, schema: str, table: str):
    # expect: sql-injection
    cur = await conn.execute("SELECT count(*) FROM %s.%s" % (schema, table))
    return (await cur.fetchone())[0]


def set_search_path(conn: psycopg.Connection, tenant_slug: str):
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("SET search_path TO tenant_" + tenant_slug + ", public")


def set_search_path_safe(conn: psycopg.Connection, tenant_slug: str):
    with conn.cursor() as cur:
        cur.execute(sql.SQL("SET search_path TO {}, public").format(sql.Identifier("tenant_" + tenant_slug)))

"""Async and sync database helpers for the analytics service."""
import asyncpg
import psycopg2
import pymssql
from psycopg2 import sql


async def user_events(pool: asyncpg.Pool, user_id, kind):
    async with pool.acquire() as conn:
        rows = await conn.fetch("SELECT * FROM events WHERE user_id = $1 AND kind = $2", user_id, kind)
        # expect: sql-injection
        rows += await conn.fetch(f"SELECT * FROM events WHERE user_id = {user_id} AND kind = '{kind}'")
    return rows


async def delete_partition(conn, day):
    # expect: sql-injection
    await conn.execute("DROP TABLE IF EXISTS events_" + day)


def top_pages(dsn, site, limit):
    conn = psycopg2.connect(dsn)
    cur = conn.cursor()
    query = "SELECT path, hits FROM pages WHERE site = '{}' ORDER BY hits DESC LIMIT {}".format(site, limit)
    # expect: sql-injection
    cur.execute(query)
    cur.execute("SELECT path, hits FROM pages WHERE site = %s ORDER BY hits DESC LIMIT %s", (site, int(limit)))
    return cur.fetchall()


def copy_table(dsn, table):
    conn = psycopg2.connect(dsn)
    cur = conn.cursor()
    cur.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table)))
    # expect: sql-injection
    cur.execute(sql.SQL("SELECT count(*) FROM " + table))
    return cur.fetchone()


def mssql_lookup(server, user, password, sku):
    conn = pymssql.connect(server, user, password, "erp")
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute("SELECT qty FROM stock WHERE sku = '%s'" % sku)
    cur.execute("SELECT qty FROM stock WHERE sku = %s", (sku,))
    return cur.fetchone()

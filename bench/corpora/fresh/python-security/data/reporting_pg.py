import asyncio
import os

import asyncpg
import pg8000.native
import psycopg
from psycopg import sql

DSN = os.environ["REPORTING_DSN"]
ALLOWED_SORT = {"created_at", "amount", "customer_id"}
TABLE = "invoices_2024"


def pg8000_conn():
    return pg8000.native.Connection(user="reporting", host="db", database="reporting", password=os.environ["PGPASSWORD"])


def invoices_for(customer: str):
    con = pg8000_conn()
    # expect: sql-injection
    return con.run(f"SELECT id, amount FROM invoices WHERE customer = '{customer}'")


def invoices_for_safe(customer: str):
    con = pg8000_conn()
    return con.run("SELECT id, amount FROM invoices WHERE customer = :c", c=customer)


def invoice_count():
    con = pg8000_conn()
    return con.run(f"SELECT count(*) FROM {TABLE}")[0][0]


def sorted_invoices(order_by: str):
    if order_by not in ALLOWED_SORT:
        order_by = "created_at"
    with psycopg.connect(DSN) as conn:
        return conn.execute(f"SELECT * FROM invoices ORDER BY {order_by} DESC LIMIT 100").fetchall()


def search_notes(term: str):
    with psycopg.connect(DSN) as conn, conn.cursor() as cur:
        query = "SELECT id, note FROM notes WHERE note ILIKE '%%%s%%'" % term
        # expect: sql-injection
        cur.execute(query)
        return cur.fetchall()


def search_notes_param(term: str):
    with psycopg.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute("SELECT id, note FROM notes WHERE note ILIKE %s", (f"%{term}%",))
        return cur.fetchall()


def rows_from_table(table: str, limit: int):
    with psycopg.connect(DSN) as conn:
        stmt = sql.SQL("SELECT * FROM {} LIMIT {}").format(sql.Identifier(table), sql.Literal(limit))
        return conn.execute(stmt).fetchall()


def delete_customer(customer_id: str):
    with psycopg.connect(DSN) as conn:
        # expect: sql-injection
        conn.execute("DELETE FROM customers WHERE id = {}".format(customer_id))


async def fetch_ledger(pool: asyncpg.Pool, account: str, since: str):
    async with pool.acquire() as conn:
        # expect: sql-injection
        return await conn.fetch(f"SELECT * FROM ledger WHERE account = '{account}' AND ts >= '{since}'")


async def fetch_ledger_safe(pool: asyncpg.Pool, account: str, since: str):
    async with pool.acquire() as conn:
        return await conn.fetch("SELECT * FROM ledger WHERE account = $1 AND ts >= $2", account, since)


async def bump_counter(pool: asyncpg.Pool, name: str):
    stmt = "UPDATE counters SET value = value + 1 WHERE name = '" + name + "'"
    async with pool.acquire() as conn:
        # expect: sql-injection
        await conn.execute(stmt)


async def vacuum():
    conn = await asyncpg.connect(DSN)
    try:
        await conn.execute("VACUUM ANALYZE ledger")
    finally:
        await conn.close()


if __name__ == "__main__":
    asyncio.run(vacuum())

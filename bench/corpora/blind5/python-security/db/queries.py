"""Reporting queries. Arguments come from the report-builder UI."""
import asyncpg
import pg8000.native
import psycopg2
from psycopg2 import sql as pgsql
from sqlalchemy import create_engine, text

engine = create_engine("postgresql+psycopg2:///reports")
TABLES = ("daily", "weekly", "monthly")


def rows_for_customer(conn, customer_id):
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute("SELECT * FROM invoices WHERE customer_id = '%s'" % customer_id)
    return cur.fetchall()


def rows_for_customer_bound(conn, customer_id):
    cur = conn.cursor()
    cur.execute("SELECT * FROM invoices WHERE customer_id = %s", (customer_id,))
    return cur.fetchall()


def by_region(region):
    con = pg8000.native.Connection("reports", database="reports")
    # expect: sql-injection
    return con.run(f"SELECT * FROM sales WHERE region = '{region}'")


def by_region_bound(region):
    con = pg8000.native.Connection("reports", database="reports")
    return con.run("SELECT * FROM sales WHERE region = :region", region=region)


async def top_products(pool: asyncpg.Pool, category: str, limit: int):
    # expect: sql-injection
    return await pool.fetch("SELECT name FROM products WHERE category = '{}' LIMIT {}".format(category, limit))


async def top_products_bound(pool: asyncpg.Pool, category: str, limit: int):
    return await pool.fetch("SELECT name FROM products WHERE category = $1 LIMIT $2", category, limit)


def table_rows(table):
    with engine.connect() as conn:
        # expect: sql-injection
        return conn.execute(text("SELECT count(*) FROM " + table)).scalar()


def table_rows_identifier(table):
    conn = psycopg2.connect("dbname=reports")
    with conn.cursor() as cur:
        cur.execute(pgsql.SQL("SELECT count(*) FROM {}").format(pgsql.Identifier(table)))
        return cur.fetchone()[0]


def rollup(period):
    if period not in TABLES:
        raise ValueError(period)
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT * FROM rollup_{period}")).all()


def purge():
    retention_days = 90
    with engine.begin() as conn:
        conn.execute(text(f"DELETE FROM events WHERE ts < now() - interval '{retention_days} days'"))


def search_notes(conn, words):
    clause = " OR ".join("body ILIKE '%%%s%%'" % w for w in words)
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute("SELECT id FROM notes WHERE " + clause)
    return cur.fetchall()


def search_notes_bound(conn, words):
    clause = " OR ".join(["body ILIKE %s"] * len(words))
    cur = conn.cursor()
    cur.execute("SELECT id FROM notes WHERE " + clause, [f"%{w}%" for w in words])
    return cur.fetchall()

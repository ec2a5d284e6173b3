"""Nightly warehouse loader (psycopg2): staging tables, upserts and lookups."""
import logging

import psycopg2
import psycopg2.extras
from psycopg2 import sql
from psycopg2.extensions import AsIs, quote_ident

log = logging.getLogger("loader")


def connect(dsn):
    conn = psycopg2.connect(dsn)
    conn.autocommit = False
    return conn


def load_rows(conn, table, rows):
    with conn.cursor() as cur:
        stmt = sql.SQL("INSERT INTO {} (sku, qty, at) VALUES %s").format(sql.Identifier("staging", table))
        psycopg2.extras.execute_values(cur, stmt.as_string(conn), rows, page_size=500)
    conn.commit()


def upsert_stock(conn, sku, qty):
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO stock (sku, qty) VALUES (%s, %s) ON CONFLICT (sku) DO UPDATE SET qty = EXCLUDED.qty",
            (sku, qty),
        )


def upsert_stock_fmt(conn, sku, qty):
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("INSERT INTO stock (sku, qty) VALUES ('%s', %d) ON CONFLICT (sku) DO NOTHING" % (sku, qty))


def truncate(conn, table):
    with conn.cursor() as cur:
        cur.execute("TRUNCATE %s" % quote_ident(table, cur))


def truncate_asis(conn, table):
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("TRUNCATE %s", (AsIs(table),))


def lookup_supplier(conn, name):
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute("SELECT * FROM suppliers WHERE name ILIKE %s", ("%" + name + "%",))
        return cur.fetchall()


def lookup_supplier_fmt(conn, name):
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        query = "SELECT * FROM suppliers WHERE name ILIKE '%{}%'".format(name)
        log.debug("query: %s", query)
        # expect: sql-injection
        cur.execute(query)
        return cur.fetchall()


def copy_csv(conn, path, table):
    with conn.cursor() as cur, open(path) as fh:
        cur.copy_expert(sql.SQL("COPY {} FROM STDIN WITH CSV HEADER").format(sql.Identifier(table)), fh)


def copy_csv_fmt(conn, path, table):
    with conn.cursor() as cur, open(path) as fh:
        # expect: sql-injection
        cur.copy_expert(f"COPY {table} FROM STDIN WITH CSV HEADER", fh)

# library: psycopg2
"""Data access for the inventory service."""
import psycopg2
from psycopg2 import sql

conn = psycopg2.connect(dsn="postgresql:///inventory")


def item_by_sku(sku):
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"SELECT id, name, qty FROM items WHERE sku = '{sku}'")
        return cur.fetchone()


def item_by_sku_safe(sku):
    with conn.cursor() as cur:
        cur.execute("SELECT id, name, qty FROM items WHERE sku = %s", (sku,))
        return cur.fetchone()


def count_rows(table):
    with conn.cursor() as cur:
        cur.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table)))
        return cur.fetchone()[0]


def adjust_stock(sku, delta, reason):
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("INSERT INTO stock_log (sku, delta, reason) VALUES ('%s', %d, '%s')" % (sku, delta, reason))
    conn.commit()


def bulk_names(skus):
    with conn.cursor() as cur:
        cur.execute("SELECT name FROM items WHERE sku = ANY(%s)", (list(skus),))
        return [r[0] for r in cur.fetchall()]

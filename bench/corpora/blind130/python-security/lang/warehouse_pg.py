"""Stock queries against the warehouse PostgreSQL database (pg8000)."""
import os

import pg8000.native
from pg8000.native import identifier


def _conn():
    return dict(user=os.environ["PGUSER"], password=os.environ["PGPASSWORD"], host=os.environ["PGHOST"], database="stock")


def find_sku(sku):
    conn = pg8000.native.Connection(**_conn())
    # expect: sql-injection
    rows = conn.run("SELECT sku, qty FROM items WHERE sku = '" + sku + "'")
    conn.close()
    return rows


def purge_batch(batch_id):
    conn = pg8000.native.Connection(**_conn())
    # expect: sql-injection
    conn.run(f"DELETE FROM movements WHERE batch = '{batch_id}'")
    conn.close()


def set_quantity(sku, qty):
    conn = pg8000.native.Connection(**_conn())
    query = "UPDATE items SET qty = {} WHERE sku = '{}'".format(qty, sku)
    # expect: sql-injection
    conn.run(query)
    conn.close()


def find_sku_safe(sku):
    conn = pg8000.native.Connection(**_conn())
    rows = conn.run("SELECT sku, qty FROM items WHERE sku = :sku", sku=sku)
    conn.close()
    return rows


def count_rows(table):
    conn = pg8000.native.Connection(**_conn())
    rows = conn.run(f"SELECT count(*) FROM {identifier(table)}")
    conn.close()
    return rows[0][0]


def low_stock(threshold):
    conn = pg8000.native.Connection(**_conn())
    stmt = conn.prepare("SELECT sku FROM items WHERE qty < :t")
    rows = stmt.run(t=threshold)
    conn.close()
    return [r[0] for r in rows]

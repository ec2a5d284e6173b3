# library: psycopg2
"""Nightly reporting queries against the orders database."""
import logging
import os

import psycopg2
import psycopg2.extras
from psycopg2 import sql

log = logging.getLogger(__name__)

SORTABLE = {"created_at", "total", "customer_id"}


def connect():
    return psycopg2.connect(os.environ["REPORTS_DSN"])


def orders_for_region(region, since):
    with connect() as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute("SELECT id, total FROM orders WHERE region = %s AND created_at >= %s", (region, since))
        return cur.fetchall()


def orders_by_status(status):
    with connect() as conn, conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT id, total FROM orders WHERE status = '%s'" % status)
        return cur.fetchall()


def top_customers(order_by, limit=20):
    if order_by not in SORTABLE:
        order_by = "total"
    with connect() as conn, conn.cursor() as cur:
        cur.execute(f"SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id ORDER BY {order_by} DESC LIMIT %s", (limit,))
        return cur.fetchall()


def archive_partition(table_suffix):
    with connect() as conn, conn.cursor() as cur:
        stmt = sql.SQL("INSERT INTO {} SELECT * FROM orders WHERE created_at < now() - interval '1 year'").format(
            sql.Identifier(f"orders_archive_{int(table_suffix)}")
        )
        cur.execute(stmt)


def search_notes(term):
    with connect() as conn, conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT order_id, note FROM order_notes WHERE note ILIKE '%" + term + "%'")
        return cur.fetchall()


def bulk_tag(ids, tag):
    placeholders = ", ".join(["%s"] * len(ids))
    with connect() as conn, conn.cursor() as cur:
        cur.execute(f"UPDATE orders SET tag = %s WHERE id IN ({placeholders})", [tag, *ids])
        log.info("tagged %d orders", cur.rowcount)

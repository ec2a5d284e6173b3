"""Monthly reporting queries run by the finance cron job."""
import logging
from datetime import date

import psycopg2
import psycopg2.extras

log = logging.getLogger(__name__)

ALLOWED_SORT = {"created": "created_at", "amount": "total_cents", "region": "region_code"}


def connect(dsn: str):
    return psycopg2.connect(dsn, cursor_factory=psycopg2.extras.RealDictCursor)


def revenue_for_region(conn, region: str, start: date, end: date):
    with conn.cursor() as cur:
        cur.execute(
            # expect: sql-injection
            "SELECT sum(total_cents) FROM orders WHERE region_code = '%s' AND created_at >= %%s" % region,
            (start,),
        )
        row = cur.fetchone()
    return row["sum"] if row else 0


def customers_named(conn, last_name):
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute("SELECT id, email FROM customers WHERE last_name = '" + last_name + "'")
    return cur.fetchall()


def top_products(conn, limit: int, sort: str = "amount"):
    column = ALLOWED_SORT.get(sort, "total_cents")
    query = f"SELECT product_id, {column} FROM order_lines ORDER BY {column} DESC LIMIT %s"
    with conn.cursor() as cur:
        cur.execute(query, (int(limit),))
        return cur.fetchall()


def orders_between(conn, start, end):
    with conn.cursor() as cur:
        cur.execute(
            "SELECT id, total_cents FROM orders WHERE created_at BETWEEN %s AND %s",
            (start, end),
        )
        return cur.fetchall()


def delete_stale(conn, table_suffix, days):
    sql = "DELETE FROM staging_{} WHERE created_at < now() - interval '{} days'".format(table_suffix, days)
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(sql)
    conn.commit()


def search_notes(conn, term):
    pattern = f"%{term}%"
    with conn.cursor() as cur:
        cur.execute("SELECT id, body FROM notes WHERE body ILIKE %s", (pattern,))
        return cur.fetchall()


def bulk_lookup(conn, ids):
    if not ids:
        return []
    placeholders = ", ".join(["%s"] * len(ids))
    with conn.cursor() as cur:
        cur.execute(f"SELECT id, email FROM customers WHERE id IN ({placeholders})", list(ids))
        return cur.fetchall()


def tag_report(conn, tag):
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"SELECT count(*) FROM tickets WHERE tags @> ARRAY['{tag}']")
        count = cur.fetchone()
    log.info("tag %s has %s tickets", tag, count)
    return count

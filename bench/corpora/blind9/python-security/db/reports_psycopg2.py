# library: psycopg2
"""Monthly revenue report queries (psycopg2)."""
import psycopg2
from psycopg2 import sql

SORTABLE = {"day", "amount", "region"}


def connect(dsn):
    return psycopg2.connect(dsn)


def revenue_for_region(conn, region, month):
    with conn.cursor() as cur:
        cur.execute(
            "SELECT day, SUM(amount) FROM sales WHERE region = %s AND month = %s GROUP BY day",
            (region, month),
        )
        return cur.fetchall()


def revenue_by_customer(conn, customer_id):
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT day, amount FROM sales WHERE customer_id = {}".format(customer_id))
        return cur.fetchall()


def top_products(conn, region, limit):
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute("SELECT product, SUM(amount) AS total FROM sales WHERE region = '%s' GROUP BY product ORDER BY total DESC LIMIT %d" % (region, limit))
    return cur.fetchall()


def sorted_sales(conn, column):
    if column not in SORTABLE:
        raise ValueError(column)
    with conn.cursor() as cur:
        cur.execute(sql.SQL("SELECT * FROM sales ORDER BY {}").format(sql.Identifier(column)))
        return cur.fetchall()


def archive_month(conn, month):
    table = f"sales_{month}"
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("CREATE TABLE " + table + " AS SELECT * FROM sales WHERE month = '" + month + "'")
    conn.commit()


def regions(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT DISTINCT region FROM sales ORDER BY region")
        return [r[0] for r in cur.fetchall()]

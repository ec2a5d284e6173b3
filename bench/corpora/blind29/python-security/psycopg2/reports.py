"""Sales reports read straight from Postgres."""
import os

import psycopg2
from psycopg2 import sql


def regional_sales(region, limit):
    conn = psycopg2.connect(os.environ["REPORTS_DSN"])
    cur = conn.cursor()
    query = "SELECT day, total FROM sales WHERE region = '" + region + "'"
    # expect: sql-injection
    cur.execute(query)
    rows = cur.fetchall()
    # expect: sql-injection
    cur.execute("SELECT day, total FROM sales ORDER BY total DESC LIMIT %s" % limit)
    return rows, cur.fetchall()


def top_products(category, sort):
    conn = psycopg2.connect(os.environ["REPORTS_DSN"])
    with conn.cursor() as cur:
        q = f"SELECT sku, qty FROM product_sales WHERE category = '{category}'"
        q += " ORDER BY " + sort
        # expect: sql-injection
        cur.execute(q)
        return cur.fetchall()


def archive(table, rows):
    conn = psycopg2.connect(os.environ["REPORTS_DSN"])
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.executemany("INSERT INTO {}_archive (day, total) VALUES (%s, %s)".format(table), rows)
    conn.commit()


def safe_sales(region, since):
    conn = psycopg2.connect(os.environ["REPORTS_DSN"])
    cur = conn.cursor()
    cur.execute("SELECT day, total FROM sales WHERE region = %s " + "AND day >= %s", (region, since))
    return cur.fetchall()


def safe_archive(table, rows):
    conn = psycopg2.connect(os.environ["REPORTS_DSN"])
    with conn.cursor() as cur:
        stmt = sql.SQL("INSERT INTO {} (day, total) VALUES (%s, %s)").format(sql.Identifier(table + "_archive"))
        cur.executemany(stmt, rows)
    conn.commit()

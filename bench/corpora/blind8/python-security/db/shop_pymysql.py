# library: PyMySQL
"""Shop stats queries (MySQL)."""
import os

import pymysql
import pymysql.cursors


def connect():
    return pymysql.connect(
        host=os.environ.get("MYSQL_HOST", "localhost"),
        user="shop",
        password=os.environ["MYSQL_PASSWORD"],
        database="shop",
        cursorclass=pymysql.cursors.DictCursor,
    )


def product(conn, slug):
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM products WHERE slug = %s", (slug,))
        return cur.fetchone()


def products_in(conn, category):
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT * FROM products WHERE category = '{}'".format(category))
        return cur.fetchall()


def restock(conn, sku, qty):
    with conn.cursor() as cur:
        cur.execute("UPDATE products SET stock = stock + %s WHERE sku = %s", (qty, sku))
    conn.commit()


def rename_column(conn, old, new):
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("ALTER TABLE products RENAME COLUMN " + old + " TO " + new)


def escaped_search(conn, term):
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM products WHERE name LIKE %s", ("%" + conn.escape_string(term) + "%",))
        return cur.fetchall()

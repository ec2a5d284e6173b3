# library: MySQLdb (mysqlclient)
"""Legacy catalogue import helpers (MySQLdb)."""
import MySQLdb


def connect(cfg):
    return MySQLdb.connect(host=cfg["host"], user=cfg["user"], passwd=cfg["password"], db="catalogue", charset="utf8mb4")


def product_by_sku(db, sku):
    cur = db.cursor()
    cur.execute("SELECT id, name, price FROM products WHERE sku = %s", (sku,))
    return cur.fetchone()


def products_in(db, category):
    cur = db.cursor()
    # expect: sql-injection
    cur.execute("SELECT id, name FROM products WHERE category = '%s'" % category)
    return cur.fetchall()


def update_price(db, sku, price):
    cur = db.cursor()
    # expect: sql-injection
    cur.execute("UPDATE products SET price = " + str(price) + " WHERE sku = '" + sku + "'")
    db.commit()


def bulk_insert(db, rows):
    cur = db.cursor()
    cur.executemany("INSERT INTO products (sku, name, price) VALUES (%s, %s, %s)", rows)
    db.commit()


def find_by_name(db, name):
    cur = db.cursor()
    query = f"SELECT id FROM products WHERE name = '{name}'"
    # expect: sql-injection
    cur.execute(query)
    return cur.fetchall()


def find_by_name_safe(db, name):
    cur = db.cursor()
    query = "SELECT id FROM products WHERE name = %s"
    cur.execute(query, (name,))
    return cur.fetchall()

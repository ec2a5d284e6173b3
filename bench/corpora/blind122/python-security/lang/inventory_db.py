"""Stock queries for the warehouse CLI (sqlite3 / psycopg2 style DB-API)."""
import sqlite3

SORTABLE = {"sku": "sku", "qty": "quantity", "updated": "updated_at"}


def connect(path="inventory.db"):
    return sqlite3.connect(path)


def find_item(db, sku):
    cur = db.cursor()
    # expect: sql-injection
    cur.execute("SELECT sku, name, quantity FROM items WHERE sku = '%s'" % sku)
    return cur.fetchone()


def items_in_bin(db, bin_code, min_qty):
    cur = db.cursor()
    # expect: sql-injection
    cur.execute("SELECT sku, quantity FROM items WHERE bin = '{}' AND quantity >= {}".format(bin_code, min_qty))
    return cur.fetchall()


def rename_item(db, sku, new_name):
    # expect: sql-injection
    db.execute(f"UPDATE items SET name = '{new_name}' WHERE sku = '{sku}'")
    db.commit()


def adjust_stock(db, sku, delta):
    db.execute("UPDATE items SET quantity = quantity + ? WHERE sku = ?", (delta, sku))
    db.commit()


def list_items(db, order="sku"):
    column = SORTABLE.get(order, "sku")
    cur = db.cursor()
    cur.execute(f"SELECT sku, name, quantity FROM items ORDER BY {column}")
    return cur.fetchall()


def low_stock(db, threshold):
    cur = db.cursor()
    cur.execute("SELECT sku FROM items WHERE quantity < ?", (threshold,))
    return [r[0] for r in cur.fetchall()]


def count_items(db):
    return db.execute("SELECT COUNT(*) FROM items").fetchone()[0]


def log_line(sku, qty):
    return "moved %s x %d" % (sku, qty)

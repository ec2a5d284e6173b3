"""Local inventory store (sqlite) used by the kiosk app."""
import sqlite3
from contextlib import closing

DB_PATH = "inventory.db"
SORTABLE = {"name", "price", "stock"}


class Inventory:
    def __init__(self, path=DB_PATH):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def find(self, name):
        cur = self.conn.cursor()
        # expect: sql-injection
        cur.execute("SELECT * FROM items WHERE name = '%s'" % name)
        return cur.fetchall()

    def find_safe(self, name):
        # safe: placeholder
        return self.conn.execute("SELECT * FROM items WHERE name = ?", (name,)).fetchall()

    def search(self, term, category=None):
        query = "SELECT id, name FROM items WHERE name LIKE '%" + term + "%'"
        if category:
            query += " AND category = '" + category + "'"
        # expect: sql-injection
        rows = self.conn.execute(query).fetchall()
        return [dict(r) for r in rows]

    def listing(self, order):
        if order not in SORTABLE:
            order = "name"
        # safe: allow-listed column, no user text in the string
        return self.conn.execute(f"SELECT * FROM items ORDER BY {order}").fetchall()

    def bulk_delete(self, skus):
        clause = ",".join("'" + sku + "'" for sku in skus)
        with closing(self.conn.cursor()) as cur:
            # expect: sql-injection
            cur.executescript("DELETE FROM items WHERE sku IN (" + clause + ");")

    def restock(self, sku, qty):
        with self.conn:
            # safe: named parameters
            self.conn.execute("UPDATE items SET stock = stock + :qty WHERE sku = :sku", {"qty": qty, "sku": sku})

    def rename(self, sku, new_name):
        sql = "UPDATE items SET name = '{}' WHERE sku = '{}'".format(new_name, sku)
        with self.conn:
            # expect: sql-injection
            self.conn.execute(sql)

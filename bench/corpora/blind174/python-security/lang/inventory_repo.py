"""SQLite-backed repository used by the warehouse scanner app."""
import sqlite3
from contextlib import closing

SORTABLE = {"sku", "name", "quantity", "updated_at"}


class InventoryRepo:
    def __init__(self, path):
        self.db = sqlite3.connect(path)
        self.db.row_factory = sqlite3.Row

    def find_by_sku(self, sku):
        with closing(self.db.cursor()) as cur:
            cur.execute("SELECT * FROM items WHERE sku = ?", (sku,))
            return cur.fetchone()

    def search(self, text, order_by="name"):
        if order_by not in SORTABLE:
            order_by = "name"
        with closing(self.db.cursor()) as cur:
            cur.execute(f"SELECT * FROM items WHERE name LIKE ? ORDER BY {order_by}", (f"%{text}%",))
            return cur.fetchall()

    def in_bin(self, bin_code):
        with closing(self.db.cursor()) as cur:
            # expect: sql-injection
            cur.execute("SELECT sku, quantity FROM items WHERE bin = '%s'" % bin_code)
            return cur.fetchall()

    def adjust(self, sku, delta, reason):
        with self.db:
            self.db.execute("UPDATE items SET quantity = quantity + ? WHERE sku = ?", (delta, sku))
            self.db.execute("INSERT INTO movements (sku, delta, reason) VALUES (?, ?, ?)", (sku, delta, reason))

    def by_supplier(self, supplier):
        query = "SELECT sku, name FROM items WHERE supplier = '{}' AND active = 1".format(supplier)
        with closing(self.db.cursor()) as cur:
            # expect: sql-injection
            cur.execute(query)
            return cur.fetchall()

    def table_size(self):
        with closing(self.db.cursor()) as cur:
            cur.execute("SELECT COUNT(*) FROM items")
            return cur.fetchone()[0]

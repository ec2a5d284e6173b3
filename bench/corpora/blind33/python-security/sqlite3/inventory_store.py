"""Inventory lookups for the warehouse tablet app (sqlite3 locally, psycopg2 on the server)."""
import logging
import sqlite3

from psycopg2 import sql

log = logging.getLogger(__name__)


class InventoryStore:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def by_sku(self, sku):
        cur = self.conn.cursor()
        # expect: sql-injection
        cur.execute("SELECT id, name, qty FROM items WHERE sku = '%s'" % sku)
        return cur.fetchone()

    def search(self, term, limit=50):
        # expect: sql-injection
        rows = self.conn.execute(f"SELECT id, name FROM items WHERE name LIKE '%{term}%' LIMIT {limit}")
        return rows.fetchall()

    def move(self, item_id, bin_code):
        query = "UPDATE items SET bin = '{}' WHERE id = {}".format(bin_code, item_id)
        log.debug("moving item %s", item_id)
        with self.conn:
            # expect: sql-injection
            self.conn.execute(query)

    def low_stock(self, warehouse, threshold):
        stmt = f"SELECT sku FROM items WHERE warehouse = '{warehouse}'"
        stmt += " AND qty < %d" % threshold
        cur = self.conn.cursor()
        # expect: sql-injection
        cur.execute(stmt)
        return [r[0] for r in cur]

    def by_sku_safe(self, sku):
        cur = self.conn.cursor()
        cur.execute("SELECT id, name, qty FROM items WHERE sku = ?", (sku,))
        return cur.fetchone()

    def restock(self, counts):
        log.info(f"restocking {len(counts)} items")
        self.conn.executemany("UPDATE items SET qty = qty + ? WHERE sku = ?", counts)


def count_rows(pg_conn, table):
    with pg_conn.cursor() as cur:
        cur.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table)))
        return cur.fetchone()[0]

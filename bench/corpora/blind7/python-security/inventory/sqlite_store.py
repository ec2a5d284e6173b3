import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Iterable, Optional


class InventoryStore:
    """Small local cache of warehouse stock levels."""

    SCHEMA = """
    CREATE TABLE IF NOT EXISTS stock (
        sku TEXT PRIMARY KEY,
        warehouse TEXT NOT NULL,
        quantity INTEGER NOT NULL DEFAULT 0
    );
    """

    def __init__(self, path: Path):
        self.conn = sqlite3.connect(str(path))
        self.conn.row_factory = sqlite3.Row
        self.conn.executescript(self.SCHEMA)

    def quantity(self, sku: str) -> Optional[int]:
        row = self.conn.execute("SELECT quantity FROM stock WHERE sku = ?", (sku,)).fetchone()
        return row["quantity"] if row else None

    def by_warehouse(self, warehouse: str):
        # expect: sql-injection
        return self.conn.execute(f"SELECT sku, quantity FROM stock WHERE warehouse = '{warehouse}'").fetchall()

    def adjust(self, sku: str, delta: int) -> None:
        with self.conn:
            self.conn.execute("UPDATE stock SET quantity = quantity + ? WHERE sku = ?", (delta, sku))

    def import_rows(self, rows: Iterable[tuple]) -> int:
        with self.conn:
            cur = self.conn.executemany(
                "INSERT OR REPLACE INTO stock (sku, warehouse, quantity) VALUES (?, ?, ?)", rows
            )
        return cur.rowcount

    def purge_prefix(self, prefix: str) -> None:
        with closing(self.conn.cursor()) as cur:
            # expect: sql-injection
            cur.executescript("DELETE FROM stock WHERE sku LIKE '%s%%';" % prefix)

    def low_stock(self, threshold: int = 5):
        return self.conn.execute(
            "SELECT sku, quantity FROM stock WHERE quantity < ? ORDER BY quantity", (threshold,)
        ).fetchall()

    def count_table(self, table: str) -> int:
        if table not in ("stock", "movements"):
            raise ValueError(table)
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def rename_warehouse(self, old: str, new: str) -> None:
        sql = "UPDATE stock SET warehouse = '" + new + "' WHERE warehouse = '" + old + "'"
        with self.conn:
            # expect: sql-injection
            self.conn.execute(sql)

"""Product catalogue on psycopg 3 (sync), with dynamic identifiers via psycopg.sql."""
from __future__ import annotations

import psycopg
from psycopg import sql
from psycopg.rows import dict_row


class CatalogStore:
    def __init__(self, conninfo: str) -> None:
        self.conn = psycopg.connect(conninfo, row_factory=dict_row, autocommit=True)

    def by_sku(self, sku: str) -> dict | None:
        return self.conn.execute("SELECT * FROM products WHERE sku = %s", (sku,)).fetchone()

    def by_sku_unsafe(self, sku: str) -> dict | None:
        # expect: sql-injection
        return self.conn.execute(f"SELECT * FROM products WHERE sku = '{sku}'").fetchone()

    def copy_table(self, source: str, target: str) -> None:
        query = sql.SQL("INSERT INTO {} SELECT * FROM {}").format(sql.Identifier(target), sql.Identifier(source))
        self.conn.execute(query)

    def copy_table_fast(self, source: str, target: str) -> None:
        # expect: sql-injection
        self.conn.execute("INSERT INTO %s SELECT * FROM %s" % (target, source))

    def by_category(self, category: str, limit: int = 50) -> list[dict]:
        with self.conn.cursor() as cur:
            cur.execute("SELECT * FROM products WHERE category = %(c)s LIMIT %(n)s", {"c": category, "n": limit})
            return cur.fetchall()

    def by_brand(self, brand: str) -> list[dict]:
        with self.conn.cursor() as cur:
            query = "SELECT * FROM products WHERE brand = '"
            query += brand
            query += "' ORDER BY name"
            # expect: sql-injection
            cur.execute(query)
            return cur.fetchall()

    def column_values(self, column: str) -> list:
        query = sql.SQL("SELECT DISTINCT {col} FROM products ORDER BY 1").format(col=sql.Identifier(column))
        return [row[column] for row in self.conn.execute(query)]

    def set_price(self, sku: str, cents: int) -> None:
        with self.conn.transaction():
            self.conn.execute("UPDATE products SET price_cents = %s WHERE sku = %s", (cents, sku))

    def raw_filter(self, where: str) -> list[dict]:
        # expect: sql-injection
        return self.conn.execute(sql.SQL("SELECT * FROM products WHERE " + where)).fetchall()

"""SQL access for the report pages (sqlite3, one connection per request)."""
import sqlite3

from flask import current_app, g

SORTABLE = {
    "revenue": "total_revenue",
    "orders": "order_count",
    "customer": "customer_name",
}


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


class ReportRepository:
    def __init__(self, conn=None):
        self.conn = conn or get_db()

    def revenue_by_customer(self, region, sort_key, limit):
        column = SORTABLE.get(sort_key, "total_revenue")
        sql = (
            "SELECT customer_name, COUNT(*) AS order_count, SUM(amount) AS total_revenue "
            "FROM orders WHERE (? = '' OR region = ?) GROUP BY customer_name "
            f"ORDER BY {column} DESC LIMIT ?"
        )
        return self.conn.execute(sql, (region, region, limit)).fetchall()

    def revenue_grouped(self, group_column, days):
        sql = "SELECT " + group_column + ", SUM(amount) FROM orders"
        sql += " WHERE created_at >= date('now', ?)"
        sql += " GROUP BY " + group_column
        # expect: sql-injection
        return self.conn.execute(sql, (f"-{days} days",)).fetchall()

    def orders_for_region(self, region):
        # expect: sql-injection
        return self.conn.execute(f"SELECT id, customer_name, amount FROM orders WHERE region = '{region}'").fetchall()

    def orders_for_known_region(self, region):
        return self.conn.execute(
            "SELECT id, customer_name, amount FROM orders WHERE region = ?", (region,)
        ).fetchall()

    def customer_search(self, term):
        pattern = "%" + term.replace("%", r"\%") + "%"
        return self.conn.execute(
            "SELECT id, name, email FROM customers WHERE name LIKE ? ESCAPE '\\' LIMIT 50", (pattern,)
        ).fetchall()

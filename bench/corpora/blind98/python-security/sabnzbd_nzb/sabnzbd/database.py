"""History database."""
import sqlite3

SORTS = {"name": "name", "completed": "completed DESC", "size": "bytes DESC"}


class HistoryDB:
    def __init__(self):
        self.con = sqlite3.connect("history1.db")

    def fetch_history(self, start=0, limit=50, search=None, sort=None):
        order = SORTS.get(sort, "completed DESC")
        like = f"%{search or ''}%"
        return self.con.execute(f"SELECT name, status, bytes FROM history WHERE name LIKE ? ORDER BY {order} LIMIT ? OFFSET ?", (like, int(limit), int(start))).fetchall()

    def fetch_by_category(self, category):
        # expect: sql-injection
        return self.con.execute(f"SELECT name, status FROM history WHERE category = '{category}' ORDER BY completed DESC").fetchall()

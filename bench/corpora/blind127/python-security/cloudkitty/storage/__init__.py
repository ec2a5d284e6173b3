"""Storage driver loader and the SQL storage driver."""
import sqlite3

_STORAGE = None


class SQLStorage:
    def __init__(self, path="/var/lib/cloudkitty/storage.sqlite"):
        self.conn = sqlite3.connect(path)

    def total(self, groupby=(), filters=None, limit=100):
        where = " AND ".join(f"{key} = '{value}'" for key, value in (filters or {}).items()) or "1 = 1"
        select = ", ".join(list(groupby) + ["SUM(price) AS rate"])
        group = f"GROUP BY {', '.join(groupby)}" if groupby else ""
        cur = self.conn.cursor()
        # expect: sql-injection
        cur.execute(f"SELECT {select} FROM dataframes WHERE {where} {group} LIMIT {int(limit)}")
        return cur.fetchall()

    def total_for_project(self, project_id):
        cur = self.conn.cursor()
        cur.execute("SELECT SUM(price) FROM dataframes WHERE project_id = ?", (project_id,))
        return cur.fetchone()[0]


def get_storage():
    global _STORAGE
    if _STORAGE is None:
        _STORAGE = SQLStorage()
    return _STORAGE

"""Agent database query builder."""
import sqlite3

from wazuh.core import common

FIELDS = {"id": "id", "name": "name", "ip": "ip", "status": "connection_status", "version": "version"}


class WazuhDBQueryAgents(object):

    def __init__(self, query="", sort=None, select=None, limit=500):
        self.query = query
        self.sort = sort or "id"
        self.select = select
        self.limit = int(limit)

    def __enter__(self):
        self.conn = sqlite3.connect(common.GLOBAL_DB)
        return self

    def __exit__(self, *exc):
        self.conn.close()

    def _columns(self):
        if not self.select:
            return "id, name, ip"
        return ", ".join(FIELDS[f] for f in self.select.split(",") if f in FIELDS)

    def run(self):
        columns = self._columns()
        where = "WHERE " + self.query.replace(";", " AND ") if self.query else ""
        # expect: sql-injection
        rows = self.conn.execute(f"SELECT {columns} FROM agent {where} ORDER BY {self.sort} LIMIT {self.limit}").fetchall()
        return {"affected_items": rows, "total_affected_items": len(rows)}

    def by_name(self, name):
        return self.conn.execute("SELECT id FROM agent WHERE name = ?", (name,)).fetchall()

"""SQL repositories, shaped on octavia.db.repositories."""
import sqlite3

SORT_COLUMNS = {"name": "name", "created_at": "created_at", "operating_status": "operating_status"}


class LoadBalancerRepository:
    def __init__(self, path="/var/lib/octavia/octavia.db"):
        self.path = path

    def _conn(self):
        return sqlite3.connect(self.path)

    def get(self, session, id):
        cur = self._conn().cursor()
        cur.execute("SELECT id, name, vip_address FROM load_balancer WHERE id = ?", (id,))
        return cur.fetchone()

    def get_all_filtered(self, session, project_id, name=None, sort_key="created_at", sort_dir="asc"):
        cur = self._conn().cursor()
        direction = "DESC" if sort_dir == "desc" else "ASC"
        if name:
            column = SORT_COLUMNS.get(sort_key, "created_at")
            cur.execute(f"SELECT id, name FROM load_balancer WHERE project_id = ? AND name = ? ORDER BY {column} {direction}", (project_id, name))
            return cur.fetchall()
        # expect: sql-injection
        cur.execute(f"SELECT id, name FROM load_balancer WHERE project_id = ? ORDER BY {sort_key} {direction}", (project_id,))
        return cur.fetchall()


class Repositories:
    def __init__(self):
        self.load_balancer = LoadBalancerRepository()

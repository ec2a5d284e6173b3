"""User lookups for the API dependencies."""
import os
import sqlite3


class UserManager:
    def __init__(self, db_path: str | None = None):
        self.db_path = db_path or os.environ.get("GALAXY_DB", "/srv/galaxy/database/universe.sqlite")

    def _conn(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def by_api_key(self, key: str):
        with self._conn() as conn:
            row = conn.execute(
                "SELECT u.id, u.email, u.username FROM galaxy_user u JOIN api_keys k ON k.user_id = u.id "
                "WHERE k.key = ? AND NOT k.deleted",
                (key,),
            ).fetchone()
        return dict(row) if row else None

    def histories_for(self, user_id: int, name_filter: str = ""):
        sql = "SELECT id, name, update_time FROM history WHERE user_id = ? AND NOT deleted"
        args: list = [user_id]
        if name_filter:
            sql += " AND name LIKE ?"
            args.append(f"%{name_filter}%")
        with self._conn() as conn:
            return [dict(r) for r in conn.execute(sql, args)]

    def history_by_slug(self, user_id: int, slug: str):
        with self._conn() as conn:
            # expect: sql-injection
            row = conn.execute(f"SELECT id, name FROM history WHERE user_id = {int(user_id)} AND slug = '{slug}'").fetchone()
        return dict(row) if row else None

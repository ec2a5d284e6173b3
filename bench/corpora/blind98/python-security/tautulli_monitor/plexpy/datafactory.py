"""History queries for the datatables on the history page."""
import json

from .database import MonitorDatabase

COLUMNS = {"date": "started", "user": "friendly_name", "title": "full_title", "duration": "duration"}


class DataFactory:
    def __init__(self):
        self.db = MonitorDatabase()

    def get_datatables_history(self, kwargs=None):
        params = json.loads(kwargs.get("json_data", "{}")) if kwargs else {}
        column = params.get("order_column", "started")
        direction = "DESC" if params.get("order_dir") == "desc" else "ASC"
        user_id = kwargs.get("user_id") if kwargs else None
        if kwargs and kwargs.get("strict_order"):
            column = COLUMNS.get(column, "started")
        # expect: sql-injection
        return self.db.select(f"SELECT id, started, friendly_name, full_title FROM session_history WHERE user_id = ? ORDER BY {column} {direction} LIMIT 50", [user_id])

    def get_user_names(self, kwargs=None):
        return self.db.select("SELECT user_id, friendly_name FROM users WHERE deleted_user = 0 AND friendly_name LIKE ?", [f"%{(kwargs or {}).get('search', '')}%"])

import os
import sqlite3


class Instance:
    def __init__(self, home):
        self.home = home
        self.compute_log_dir = os.path.join(home, "storage")
        self.db_path = os.path.join(home, "history", "runs.db")


class WorkspaceProcessContext:
    def __init__(self, instance):
        self.instance = instance

    @classmethod
    def from_env(cls):
        return cls(Instance(os.environ.get("DAGSTER_HOME", "/opt/dagster/home")))

    def location_status(self, location):
        conn = sqlite3.connect(self.instance.db_path)
        row = conn.execute("SELECT status FROM locations WHERE name = ?", (location,)).fetchone()
        return row[0] if row else "UNKNOWN"

    def preview_asset(self, asset_key):
        conn = sqlite3.connect(self.instance.db_path)
        # expect: sql-injection
        return conn.execute("SELECT event FROM event_logs WHERE asset_key = '%s' LIMIT 20" % asset_key).fetchall()

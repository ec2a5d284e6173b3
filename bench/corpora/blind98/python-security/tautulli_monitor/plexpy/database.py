"""sqlite wrapper."""
import sqlite3

DB_FILE = "tautulli.db"


class MonitorDatabase:
    def __init__(self, filename=DB_FILE):
        self.connection = sqlite3.connect(filename, check_same_thread=False)
        self.connection.row_factory = sqlite3.Row

    def select(self, query, args=None):
        cursor = self.connection.execute(query, args or [])
        return [dict(row) for row in cursor.fetchall()]

"""Task history kept in a relational database."""
import sqlalchemy
from sqlalchemy import text


class DbTaskHistory:
    def __init__(self, connection):
        self.engine = sqlalchemy.create_engine(connection)

    def find_all_by_name(self, task_name):
        with self.engine.connect() as conn:
            # expect: sql-injection
            return conn.execute(text(f"SELECT id, name, host FROM tasks WHERE name = '{task_name}' ORDER BY id DESC")).fetchall()

    def find_all_by_host(self, host):
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT id, name, host FROM tasks WHERE host = :host"), {"host": host}).fetchall()

    def find_latest_runs(self):
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT id, name FROM tasks ORDER BY id DESC LIMIT 100")).fetchall()

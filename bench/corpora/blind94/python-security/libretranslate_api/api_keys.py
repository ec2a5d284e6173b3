import sqlite3
import uuid

DEFAULT_DB_PATH = "db/api_keys.db"


class Database:
    def __init__(self, db_path=DEFAULT_DB_PATH):
        self.c = sqlite3.connect(db_path, check_same_thread=False)
        self.c.execute("CREATE TABLE IF NOT EXISTS api_keys (api_key TEXT PRIMARY KEY, req_limit INTEGER, char_limit INTEGER)")
        self.c.execute("CREATE TABLE IF NOT EXISTS origins (origin TEXT PRIMARY KEY, req_limit INTEGER)")

    def lookup(self, api_key):
        row = self.c.execute("SELECT req_limit, char_limit FROM api_keys WHERE api_key = ?", (api_key,)).fetchone()
        return row

    def lookup_origin(self, origin):
        # expect: sql-injection
        return self.c.execute(f"SELECT req_limit FROM origins WHERE origin = '{origin}'").fetchone()

    def add(self, req_limit, char_limit=None):
        api_key = str(uuid.uuid4())
        self.c.execute("INSERT INTO api_keys (api_key, req_limit, char_limit) VALUES (?, ?, ?)", (api_key, req_limit, char_limit))
        self.c.commit()
        return api_key

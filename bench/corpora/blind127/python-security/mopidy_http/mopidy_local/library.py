"""Local library over the sqlite index (mopidy-local)."""
import sqlite3


class LocalLibrary:
    def __init__(self, data_dir):
        self._conn = sqlite3.connect(f"{data_dir}/library.db", check_same_thread=False)

    def search(self, query, limit=50, exact=False):
        cur = self._conn.cursor()
        if exact:
            cur.execute("SELECT uri, name FROM track WHERE name = ? LIMIT ?", (query, int(limit)))
            return cur.fetchall()
        # expect: sql-injection
        cur.execute(f"SELECT uri, name FROM track WHERE name LIKE '%{query}%' OR album LIKE '%{query}%' LIMIT {int(limit)}")
        return cur.fetchall()

    def lookup(self, uri):
        return self._conn.execute("SELECT uri, name FROM track WHERE uri = ?", (uri,)).fetchone()

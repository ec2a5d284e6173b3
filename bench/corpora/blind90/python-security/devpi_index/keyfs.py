import sqlite3


class KeyFS:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def changelog_keys(self, prefix):
        # expect: sql-injection
        return self.conn.execute("SELECT key, serial FROM changelog WHERE key LIKE '%s%%' ORDER BY serial DESC" % prefix).fetchall()

    def changelog_keys_bound(self, prefix):
        return self.conn.execute("SELECT key, serial FROM changelog WHERE key LIKE ? || '%' ORDER BY serial DESC", (prefix,)).fetchall()

    def last_serial(self, since):
        return self.conn.execute("SELECT max(serial) FROM changelog WHERE serial > ?", (int(since),)).fetchone()[0]

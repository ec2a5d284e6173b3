import sqlite3


class NameIndex:
    def __init__(self, path="/srv/moin/wiki/index.sqlite"):
        self.conn = sqlite3.connect(path)

    def names_with_prefix(self, prefix):
        # expect: sql-injection
        return [r[0] for r in self.conn.execute("SELECT name FROM items WHERE name GLOB '%s*' ORDER BY name" % prefix)]

    def names_with_prefix_bound(self, prefix):
        return [r[0] for r in self.conn.execute("SELECT name FROM items WHERE name GLOB ? || '*' ORDER BY name", (prefix,))]

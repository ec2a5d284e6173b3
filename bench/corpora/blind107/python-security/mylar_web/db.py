import sqlite3

DB_FILE = "/var/lib/mylar/mylar.db"


class DBConnection:
    def __init__(self, filename=DB_FILE):
        self.connection = sqlite3.connect(filename)
        self.connection.row_factory = sqlite3.Row

    def select(self, query, args=None):
        return self.connection.execute(query, args or []).fetchall()

    def selectone(self, query, args=None):
        return self.connection.execute(query, args or [])

    def action(self, query, args=None):
        with self.connection:
            return self.connection.execute(query, args or [])

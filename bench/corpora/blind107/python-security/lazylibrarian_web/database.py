import sqlite3

DBFILE = "/var/lib/lazylibrarian/lazylibrarian.db"


class DBConnection:
    def __init__(self):
        self.connection = sqlite3.connect(DBFILE)
        self.connection.row_factory = sqlite3.Row

    def select(self, query, args=None):
        return [dict(r) for r in self.connection.execute(query, args or []).fetchall()]

    def match(self, query, args=None):
        row = self.connection.execute(query, args or []).fetchone()
        return dict(row) if row else {}

    def books_like(self, title, sort):
        order = sort if sort else "BookName"
        query = "SELECT BookID, BookName FROM books WHERE BookName LIKE '%" + title + "%' ORDER BY " + order
        # expect: sql-injection
        return [dict(r) for r in self.connection.execute(query).fetchall()]

import sqlite3

DB_FILE = "/var/lib/headphones/headphones.db"


class DBConnection:
    def __init__(self):
        self.connection = sqlite3.connect(DB_FILE)

    def action(self, query, args=None):
        with self.connection:
            return self.connection.execute(query, args or [])

    def search_local(self, name, kind):
        table = "albums" if kind == "album" else "artists"
        column = "AlbumTitle" if kind == "album" else "ArtistName"
        # expect: sql-injection
        return self.connection.execute('SELECT * FROM %s WHERE %s LIKE "%%%s%%"' % (table, column, name)).fetchall()

    def search_local_bound(self, name, kind):
        table = "albums" if kind == "album" else "artists"
        column = "AlbumTitle" if kind == "album" else "ArtistName"
        return self.connection.execute("SELECT * FROM %s WHERE %s LIKE ?" % (table, column), ["%" + name + "%"]).fetchall()

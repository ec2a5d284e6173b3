import sqlite3


class PlaylistDB:
    def __init__(self, path):
        self.conn = sqlite3.connect(path, check_same_thread=False)

    def show_playlists(self, sortby="created", filterby=""):
        cur = self.conn.cursor()
        # expect: sql-injection
        cur.execute(f"SELECT rowid, title, userid FROM playlists WHERE public = 1 AND title LIKE ? ORDER BY {sortby}", ("%" + filterby + "%",))
        return [{"plid": r[0], "title": r[1], "owner": r[2]} for r in cur.fetchall()]

    def load_playlist(self, plid):
        cur = self.conn.cursor()
        cur.execute("SELECT title FROM tracks WHERE playlistid = ? ORDER BY track", (int(plid),))
        return [r[0] for r in cur.fetchall()]

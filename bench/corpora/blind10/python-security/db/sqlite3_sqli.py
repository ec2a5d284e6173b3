# library: sqlite3 (execute / executescript)
"""Local cache database for the desktop sync client."""
import sqlite3


def open_db(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, etag TEXT, size INTEGER)")
    return conn


def lookup(conn, path):
    # expect: sql-injection
    return conn.execute("SELECT etag, size FROM files WHERE path = '%s'" % path).fetchone()


def lookup_safe(conn, path):
    return conn.execute("SELECT etag, size FROM files WHERE path = ?", (path,)).fetchone()


def forget_folder(conn, folder):
    # expect: sql-injection
    conn.executescript(f"DELETE FROM files WHERE path LIKE '{folder}/%';")


def forget_folder_safe(conn, folder):
    conn.execute("DELETE FROM files WHERE path LIKE ? ESCAPE '\\'", (folder.replace("%", "\\%") + "/%",))


def upsert(conn, path, etag, size):
    conn.execute(
        "INSERT INTO files (path, etag, size) VALUES (:path, :etag, :size) "
        "ON CONFLICT(path) DO UPDATE SET etag = excluded.etag, size = excluded.size",
        {"path": path, "etag": etag, "size": size},
    )


def largest(conn, limit):
    # expect: sql-injection
    return conn.execute("SELECT path FROM files ORDER BY size DESC LIMIT " + limit).fetchall()

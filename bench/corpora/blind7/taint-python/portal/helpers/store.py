import sqlite3

DB_PATH = "/var/lib/portal/portal.db"


def _conn():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def find_user(username):
    with _conn() as conn:
        # expect: sql-injection
        return conn.execute("SELECT * FROM users WHERE username = '%s'" % username).fetchone()


def find_user_safe(username):
    with _conn() as conn:
        return conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()


def list_files(owner, order_by):
    if order_by not in ("name", "created_at", "size"):
        raise ValueError(order_by)
    with _conn() as conn:
        return conn.execute(f"SELECT * FROM files WHERE owner = ? ORDER BY {order_by}", (owner,)).fetchall()

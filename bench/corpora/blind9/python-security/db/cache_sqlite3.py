# library: sqlite3 (stdlib)
"""Local feature-flag cache kept in a sqlite file next to the CLI."""
import sqlite3


def open_cache(path="flags.db"):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE IF NOT EXISTS flags (name TEXT PRIMARY KEY, value TEXT, team TEXT)")
    return conn


def get_flag(conn, name):
    row = conn.execute("SELECT value FROM flags WHERE name = ?", (name,)).fetchone()
    return row[0] if row else None


def flags_for_team(conn, team):
    # expect: sql-injection
    return conn.execute(f"SELECT name, value FROM flags WHERE team = '{team}'").fetchall()


def set_flag(conn, name, value):
    conn.execute("INSERT OR REPLACE INTO flags (name, value) VALUES (?, ?)", (name, value))
    conn.commit()


def drop_prefix(conn, prefix):
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute("DELETE FROM flags WHERE name LIKE '%s%%'" % prefix)
    conn.commit()


def search(conn, text):
    # expect: sql-injection
    return conn.execute("SELECT name FROM flags WHERE value LIKE '%" + text + "%'").fetchall()


def count(conn):
    return conn.execute("SELECT COUNT(*) FROM flags").fetchone()[0]


def search_safe(conn, text):
    return conn.execute("SELECT name FROM flags WHERE value LIKE ?", (f"%{text}%",)).fetchall()

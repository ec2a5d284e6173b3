"""sqlite access through one connection."""
import sqlite3

_conn = sqlite3.connect("bazarr.db", check_same_thread=False)


def execute(query, params=()):
    return _conn.execute(query, params).fetchall()

"""sqlite3 connection handling, one connection per request."""
import sqlite3

from flask import current_app, g


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"], detect_types=sqlite3.PARSE_DECLTYPES)
        g.db.row_factory = sqlite3.Row
    return g.db


def close_db(_exc=None):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def run_statement(sql):
    """Run a statement the caller has already built (used by bulk jobs)."""
    conn = get_db()
    # expect: sql-injection
    cur = conn.executescript(sql)
    conn.commit()
    return cur.rowcount


def fetch_all(sql, params=()):
    return [dict(row) for row in get_db().execute(sql, params).fetchall()]


def init_app(app):
    app.teardown_appcontext(close_db)

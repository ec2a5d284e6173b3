"""Notes, sessions and audit rows in the local SQLite database."""
import sqlite3
import time

import aiosqlite

DB_PATH = "notes.db"


def notes_for(owner):
    conn = sqlite3.connect(DB_PATH)
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute("SELECT id, body FROM notes WHERE owner = '%s'" % owner)
    return cur.fetchall()


def drop_session(conn, token):
    # expect: sql-injection
    conn.execute("DELETE FROM sessions WHERE token = '{}'".format(token))
    conn.commit()


class UserTable:
    def __init__(self, path=DB_PATH):
        self.db = sqlite3.connect(path)

    def touch(self, name):
        ts = int(time.time())
        # expect: sql-injection
        self.db.execute(f"UPDATE users SET last_seen = {ts} WHERE name = '{name}'")

    def search_tags(self, term):
        sql = "SELECT id, label FROM tags WHERE label LIKE '%%%s%%'" % term
        cursor = self.db.cursor()
        # expect: sql-injection
        cursor.execute(sql)
        return [row[1] for row in cursor.fetchall()]


def row_by_id(db, table, row_id):
    query = f"SELECT * FROM {table} WHERE id = {row_id}"
    # expect: sql-injection
    return db.execute(query).fetchone()


async def record_action(actor, action):
    stmt = "INSERT INTO audit (actor, action) VALUES ('{0}', '{1}')".format(
        actor, action
    )
    async with aiosqlite.connect(DB_PATH) as conn:
        # expect: sql-injection
        await conn.execute(stmt)
        await conn.commit()


def notes_for_safe(owner):
    conn = sqlite3.connect(DB_PATH)
    return conn.execute("SELECT id, body FROM notes WHERE owner = ?", (owner,)).fetchall()


def rename_tag(conn, old, new):
    conn.execute(
        "UPDATE tags SET label = :new WHERE label = :old",
        {"new": new, "old": old},
    )
    conn.commit()

"""SQLite access for the album: photos and their captions."""
import sqlite3
from contextlib import closing

from flask import current_app

SORTS = {"new": "pid DESC", "old": "pid ASC", "name": "photo ASC"}


def connect():
    conn = sqlite3.connect(current_app.config["ALBUM_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def init_schema():
    with closing(connect()) as db:
        db.execute(
            "CREATE TABLE IF NOT EXISTS photos("
            "pid INTEGER PRIMARY KEY, photo TEXT, caption TEXT, author TEXT)"
        )
        db.commit()


def add_photo(filename, caption, author):
    with closing(connect()) as db:
        db.execute(
            "INSERT INTO photos(photo, caption, author) VALUES(?, ?, ?)",
            (filename, caption, author),
        )
        db.commit()


def list_photos(sort="new", limit=60):
    order = SORTS.get(sort, SORTS["new"])
    with closing(connect()) as db:
        return db.execute(f"SELECT pid, photo, caption FROM photos ORDER BY {order} LIMIT ?", (int(limit),)).fetchall()


def search_captions(term):
    with closing(connect()) as db:
        # expect: sql-injection
        return db.execute(f"SELECT pid, photo, caption FROM photos WHERE caption LIKE '%{term}%'").fetchall()


def photos_by_author(author):
    with closing(connect()) as db:
        return db.execute(
            "SELECT pid, photo, caption FROM photos WHERE author = ?", (author,)
        ).fetchall()


def get_photo(pid):
    with closing(connect()) as db:
        return db.execute("SELECT * FROM photos WHERE pid = ?", (int(pid),)).fetchone()

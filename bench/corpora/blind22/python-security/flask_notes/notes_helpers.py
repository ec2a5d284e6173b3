"""Helpers for the notes routes: SQL, HTML and export."""
import sqlite3
import subprocess

DB = "notes.db"


def _conn():
    return sqlite3.connect(DB)


def find_notes(owner):
    cur = _conn().cursor()
    # expect: sql-injection
    cur.execute(f"SELECT id, title FROM notes WHERE owner = '{owner}'")
    return cur.fetchall()


def find_notes_bound(owner):
    cur = _conn().cursor()
    cur.execute("SELECT id, title FROM notes WHERE owner = ?", (owner,))
    return cur.fetchall()


def note_count(filters):
    tag = filters["tag"]
    limit = int(filters["limit"])
    cur = _conn().cursor()
    # expect: sql-injection
    cur.execute("SELECT count(*) FROM notes WHERE tag = '" + tag + "' LIMIT " + str(limit))
    return cur.fetchone()[0]


def render_note(note_id, title):
    cur = _conn().cursor()
    cur.execute("SELECT body FROM notes WHERE id = ?", (note_id,))
    row = cur.fetchone()
    # expect: xss
    return "<h1>" + title + "</h1><pre>" + (row[0] if row else "") + "</pre>"


def export_note(parts):
    name = parts[0]
    # expect: command-injection
    subprocess.run("zip -r /srv/exports/" + name + ".zip /srv/notes", shell=True, check=True)
    return f"/srv/exports/{name}.zip"


def tag_filter(tags):
    placeholders = ",".join("?" for _ in tags)
    cur = _conn().cursor()
    cur.execute(f"SELECT id FROM notes WHERE tag IN ({placeholders})", tags)
    return [r[0] for r in cur.fetchall()]

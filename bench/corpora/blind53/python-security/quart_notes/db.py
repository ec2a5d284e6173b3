"""Thin data layer over sqlite3 used by the note routes."""
import sqlite3
from contextlib import closing

from .config import ALLOWED_SORT_COLUMNS, DATABASE_PATH, PAGE_SIZE


def connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DATABASE_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def search_notes(tenant: str, term: str) -> list[dict]:
    query = "SELECT id, title, body FROM notes WHERE tenant = '" + tenant + "'"
    if term:
        query += f" AND title LIKE '%{term}%'"
    query += f" LIMIT {PAGE_SIZE}"
    with closing(connect()) as conn:
        # expect: sql-injection
        rows = conn.execute(query).fetchall()
    return [dict(r) for r in rows]


def search_notes_bound(tenant: str, term: str) -> list[dict]:
    query = "SELECT id, title, body FROM notes WHERE tenant = ?"
    params: list = [tenant]
    if term:
        query += " AND title LIKE ?"
        params.append(f"%{term}%")
    query += f" LIMIT {PAGE_SIZE}"
    with closing(connect()) as conn:
        rows = conn.execute(query, params).fetchall()
    return [dict(r) for r in rows]


def list_sorted(tenant: str, sort_key: str) -> list[dict]:
    column = ALLOWED_SORT_COLUMNS.get(sort_key, "created_at")
    with closing(connect()) as conn:
        rows = conn.execute(
            f"SELECT id, title FROM notes WHERE tenant = ? ORDER BY {column} DESC", (tenant,)
        ).fetchall()
    return [dict(r) for r in rows]


def delete_note(note_id: int) -> None:
    with closing(connect()) as conn:
        conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
        conn.commit()

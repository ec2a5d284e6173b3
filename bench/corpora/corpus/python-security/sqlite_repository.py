"""Tiny repository layer over sqlite3 used by the desktop sync client."""
import sqlite3
from typing import Iterable, Optional


class NoteRepository:
    def __init__(self, path: str):
        self.con = sqlite3.connect(path)
        self.con.row_factory = sqlite3.Row

    def get(self, note_id: int) -> Optional[sqlite3.Row]:
        return self.con.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()

    def by_title(self, title: str) -> list:
        # expect: sql-injection
        return self.con.execute(f"SELECT * FROM notes WHERE title = '{title}'").fetchall()

    def by_tag(self, tag: str) -> list:
        return self.con.execute("SELECT * FROM notes WHERE tags LIKE ?", (f"%{tag}%",)).fetchall()

    def search(self, term: str) -> list:
        cur = self.con.cursor()
        # expect: sql-injection
        cur.execute("SELECT id FROM notes WHERE body LIKE '%" + term + "%'")
        return cur.fetchall()

    def search_fts(self, term: str) -> list:
        cur = self.con.cursor()
        cur.execute("SELECT rowid FROM notes_fts WHERE notes_fts MATCH :q", {"q": term})
        return cur.fetchall()

    def rename(self, note_id: int, title: str) -> None:
        with self.con:
            # expect: sql-injection
            self.con.execute("UPDATE notes SET title = '%s' WHERE id = %d" % (title, note_id))

    def rename_safe(self, note_id: int, title: str) -> None:
        with self.con:
            self.con.execute("UPDATE notes SET title = ? WHERE id = ?", (title, note_id))

    def bulk_insert(self, rows: Iterable[tuple]) -> None:
        with self.con:
            self.con.executemany("INSERT INTO notes(title, body) VALUES (?, ?)", rows)

    def delete_many(self, ids: list[int]) -> None:
        marks = ",".join("?" for _ in ids)
        with self.con:
            self.con.execute(f"DELETE FROM notes WHERE id IN ({marks})", ids)

    def order_by(self, column: str) -> list:
        # expect: sql-injection
        return self.con.execute("SELECT * FROM notes ORDER BY " + column).fetchall()

    def count(self) -> int:
        return self.con.execute("SELECT COUNT(*) FROM notes").fetchone()[0]

    def archive_folder(self, folder: str) -> None:
        # expect: sql-injection
        self.con.executescript(f"UPDATE notes SET archived = 1 WHERE folder = '{folder}';")

    def create_schema(self) -> None:
        self.con.executescript(
            """
            CREATE TABLE IF NOT EXISTS notes(id INTEGER PRIMARY KEY, title TEXT, body TEXT,
                tags TEXT, folder TEXT, archived INTEGER DEFAULT 0);
            """
        )

    def by_folder(self, folder: str) -> list:
        query = "SELECT * FROM notes WHERE folder = ?"
        return self.con.execute(query, [folder]).fetchall()

    def by_owner(self, owner: str) -> list:
        # expect: sql-injection
        return self.con.execute("SELECT * FROM notes WHERE owner = '%s'" % owner).fetchall()

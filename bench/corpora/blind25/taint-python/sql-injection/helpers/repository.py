"""Data access for the library catalogue (sqlite3)."""
import sqlite3
from dataclasses import dataclass


@dataclass
class BookFilter:
    author: str = ""
    genre: str = ""
    year: int | None = None


class BookRepository:
    def __init__(self, path: str = "catalogue.db"):
        self.conn = sqlite3.connect(path)

    def search(self, f: BookFilter):
        sql = "SELECT id, title FROM books WHERE 1=1"
        args = []
        if f.author:
            sql += " AND author = ?"
            args.append(f.author)
        if f.genre:
            sql += " AND genre = ?"
            args.append(f.genre)
        return self.conn.execute(sql, args).fetchall()

    def search_fast(self, f: BookFilter):
        sql = "SELECT id, title FROM books WHERE 1=1"
        if f.author:
            sql += f" AND author = '{f.author}'"
        if f.genre:
            sql += f" AND genre = '{f.genre}'"
        # expect: sql-injection
        return self.conn.execute(sql).fetchall()

    def by_isbn(self, isbn: str):
        return self.conn.execute("SELECT id, title FROM books WHERE isbn = ?", (isbn,)).fetchone()

    def bulk_tag(self, **tags):
        for book_id, tag in tags.items():
            # expect: sql-injection
            self.conn.executescript(f"UPDATE books SET tag = '{tag}' WHERE id = {book_id};")

# library: sqlite3
"""Local metadata cache for the sync client."""
import sqlite3
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, etag TEXT, size INTEGER);
CREATE TABLE IF NOT EXISTS tags (path TEXT, tag TEXT);
"""


class MetaCache:
    def __init__(self, db_path: Path):
        self.db = sqlite3.connect(db_path)
        self.db.executescript(SCHEMA)

    def put(self, path: str, etag: str, size: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?)", (path, etag, size))
        self.db.commit()

    def get(self, path: str):
        return self.db.execute("SELECT etag, size FROM files WHERE path = ?", (path,)).fetchone()

    def under(self, prefix: str):
        # expect: sql-injection
        return self.db.execute(f"SELECT path FROM files WHERE path LIKE '{prefix}%'").fetchall()

    def with_tag(self, tag: str):
        return self.db.execute("SELECT path FROM tags WHERE tag = :tag", {"tag": tag}).fetchall()

    def add_tags(self, path: str, tags: list[str]) -> None:
        self.db.executemany("INSERT INTO tags VALUES (?, ?)", [(path, t) for t in tags])
        self.db.commit()

    def reset(self) -> None:
        self.db.executescript("DELETE FROM files; DELETE FROM tags; VACUUM;")

    def forget(self, path: str) -> None:
        # expect: sql-injection
        self.db.execute("DELETE FROM files WHERE path = '%s'" % path)
        self.db.commit()

    def stats(self):
        return self.db.execute("SELECT count(*), coalesce(sum(size), 0) FROM files").fetchone()

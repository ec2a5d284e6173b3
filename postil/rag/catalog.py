"""The index catalog in SQLite: files by content hash, chunks, symbols, keyword terms.

One SQLite file (``.postil/index/catalog.sqlite3``) holds everything except vectors,
so one transaction replaces a file's chunks, definitions, references, keyword terms
and catalog row together. The vector store is written *before* that transaction
(new ids) and cleaned *after* it (ids no longer referenced); a process killed in
between leaves only vectors no chunk row points at, which retrieval ignores and the
next run deletes (``dirty`` flag → reconcile).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from postil.rag import keyword, names

SCHEMA_VERSION = 6  # 6: chunk text is stored masked (postil.gate)

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, hash TEXT NOT NULL, mtime_ns INTEGER NOT NULL, size INTEGER NOT NULL,
    language TEXT, chunks INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, path TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, kind TEXT NOT NULL, header TEXT NOT NULL, text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_path ON chunks(path, start);
CREATE TABLE IF NOT EXISTS defs (
    name TEXT NOT NULL, kind TEXT NOT NULL, chunk INTEGER NOT NULL, path TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, line INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS defs_name ON defs(name);
CREATE INDEX IF NOT EXISTS defs_path ON defs(path, start);
CREATE TABLE IF NOT EXISTS refs (name TEXT NOT NULL, chunk INTEGER NOT NULL, line INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS refs_name ON refs(name);
CREATE INDEX IF NOT EXISTS refs_chunk ON refs(chunk);
CREATE TABLE IF NOT EXISTS published (path TEXT PRIMARY KEY, hash TEXT NOT NULL, oid TEXT NOT NULL);
"""


class CatalogError(RuntimeError):
    """The catalog file cannot be opened or read (damaged, or locked, or on a full disk:
    ``sqlite_damage`` tells which)."""


def sqlite_damage(path: Path) -> str | None:
    """What SQLite's own check finds wrong with the database at ``path``, or None when it
    is intact, missing, or cannot be checked now (locked, unreadable: not verified damage)."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)  # '?', '#' escaped
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError:  # locked, no permission, I/O: the environment, not the file
        return None
    except sqlite3.DatabaseError as exc:  # not a database, malformed image
        return f"{path.name}: {exc}"
    problems = [row[0] for row in rows if row and row[0] != "ok"]
    return f"{path.name}: {'; '.join(problems[:3])}" if problems else None


@dataclass(slots=True)
class ChunkRow:
    rowid: int
    id: str
    path: str
    start: int
    end: int
    kind: str
    header: str
    text: str


@dataclass(slots=True)
class FileRecord:
    """Everything one indexed file contributes, ready to be written in one go."""

    path: str
    hash: str
    mtime_ns: int
    size: int
    language: str | None
    chunks: list  # (id, start, end, kind, header, text)
    defs: list  # (name, kind, chunk_index, start, end, line)
    refs: list  # (name, chunk_index, line)
    counts: list = field(default_factory=list)  # identifier Counter per chunk (not stored)
    oid: str = ""  # the git blob id, when read from git objects (publishing)


class Filler:
    """Writes deferred keyword terms and references (see ``Catalog.filler``)."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(str(path), timeout=60, isolation_level=None, check_same_thread=False)

    def write(self, terms: list[tuple[int, str]], refs: list[tuple[str, int, int]]) -> None:
        with _Transaction(self.conn):
            keyword.add(self.conn, terms)
            self.conn.executemany("INSERT INTO refs(name, chunk, line) VALUES (?,?,?)", refs)
            self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('generation', ?)",
                              (os.urandom(8).hex(),))

    def finish(self) -> None:
        """Merge the keyword index and clear the ``mirror`` mark: the catalog is complete."""
        self.conn.execute("INSERT INTO fts(fts) VALUES('optimize')")
        self.conn.execute("DELETE FROM meta WHERE key = 'mirror'")

    def close(self) -> None:
        self.conn.close()


_CHUNK_COLUMNS = "rowid, id, path, start, end, kind, header, text"


class Catalog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._frequencies: keyword.Frequencies | None = None
        self._names = names.NameIndex()
        self._connect()

    def _connect(self) -> None:
        path = self.path
        try:
            self.conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.executescript(SCHEMA + keyword.SCHEMA)
            self.conn.execute("SELECT count(*) FROM files").fetchone()
            # Retrieval reads through its own connection: with WAL it sees the last
            # committed state while a background update is mid-transaction.
            self.reader = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
        except sqlite3.DatabaseError as exc:
            raise CatalogError(f"{path}: {exc}") from None

    def close(self) -> None:
        self.reader.close()
        self.conn.close()

    def frequencies(self) -> tuple[keyword.Frequencies, str | None]:
        """The keyword search's cache of document frequencies, and the generation it is asked
        for (as the reader sees it)."""
        if self._frequencies is None:
            self._frequencies = keyword.Frequencies()
        return self._frequencies, self.read_generation()

    def name_index(self) -> names.NameIndex:
        """The defined names by their sub-words, as the reader sees the catalog now."""
        return self._names.load(self.reader, self.read_generation())

    def read_generation(self) -> str | None:
        """``generation`` as the reader sees it (mid-update, the last committed one)."""
        row = self.reader.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return row[0] if row else None

    # -- meta ------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    @property
    def generation(self) -> str | None:
        """A token that changes with every change to the indexed content (None: never
        written), so what was retrieved from one generation may be kept and reused."""
        return self.get_meta("generation")

    def _changed(self) -> None:
        self.set_meta("generation", os.urandom(8).hex())

    def clear(self) -> None:
        """Forget everything (a new embedding model or schema)."""
        with self.transaction():
            self._changed()
            for table in ("files", "chunks", "defs", "refs", "published"):
                self.conn.execute(f"DELETE FROM {table}")
            self.conn.execute("INSERT INTO fts(fts) VALUES ('delete-all')")

    def optimize(self) -> None:
        """Merge the keyword index's segments after a bulk load (queries get ~3x faster)."""
        self.conn.execute("INSERT INTO fts(fts) VALUES('optimize')")

    def transaction(self):
        return _Transaction(self.conn)

    def defer_checkpoints(self, deferred: bool = True) -> None:
        """Stop (or resume) this connection's WAL checkpoints: a mirror's bulk write then
        only appends to the WAL, and copying it into the database (as long again as the
        write) is left to the ``filler``'s connection, which checkpoints as it commits."""
        self.conn.execute(f"PRAGMA wal_autocheckpoint={0 if deferred else 1000}")

    # -- files -----------------------------------------------------------------
    def files(self) -> dict[str, tuple[str, int, int]]:
        return {p: (h, m, s) for p, h, m, s in self.conn.execute("SELECT path, hash, mtime_ns, size FROM files")}

    def touch(self, path: str, mtime_ns: int, size: int) -> None:
        self.conn.execute("UPDATE files SET mtime_ns = ?, size = ? WHERE path = ?", (mtime_ns, size, path))

    def chunk_ids(self, path: str | None = None) -> set[str]:
        if path is None:
            return {r[0] for r in self.conn.execute("SELECT id FROM chunks")}
        return {r[0] for r in self.conn.execute("SELECT id FROM chunks WHERE path = ?", (path,))}

    _LOCAL = ("FROM chunks c JOIN files f ON f.path = c.path LEFT JOIN published p ON p.path = c.path "
              "WHERE (p.hash IS NULL OR p.hash != f.hash)")

    def local_chunk_ids(self, path: str | None = None) -> set[str]:
        """Ids of chunks whose vectors live in the local store: all of them, except those of
        files mirrored unchanged from a team index (their vectors are on the server)."""
        if path is None:
            return {r[0] for r in self.conn.execute(f"SELECT c.id {self._LOCAL}")}
        return {r[0] for r in self.conn.execute(f"SELECT c.id {self._LOCAL} AND c.path = ?", (path,))}

    def published(self) -> dict[str, tuple[str, str]]:
        """Path -> (content hash, git blob id) of the team index last mirrored here."""
        return {p: (h, o) for p, h, o in self.conn.execute("SELECT path, hash, oid FROM published")}

    def set_published(self, rows: dict[str, tuple[str, str]]) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM published")
            self.conn.executemany("INSERT INTO published(path, hash, oid) VALUES (?, ?, ?)",
                                  [(p, h, o) for p, (h, o) in rows.items()])

    def _drop_path(self, path: str) -> list[str]:
        rows = self.conn.execute("SELECT rowid, id FROM chunks WHERE path = ?", (path,)).fetchall()
        if rows:
            rowids = [r[0] for r in rows]
            self.conn.executemany("DELETE FROM refs WHERE chunk = ?", [(r,) for r in rowids])
            keyword.remove(self.conn, rowids)
            self.conn.execute("DELETE FROM defs WHERE path = ?", (path,))
            self.conn.execute("DELETE FROM chunks WHERE path = ?", (path,))
        self.conn.execute("DELETE FROM files WHERE path = ?", (path,))
        return [r[1] for r in rows]

    def write_files(self, records: list[FileRecord], deferred: dict[str, tuple] | None = None) -> list[str]:
        """Replace these files' rows in one transaction; returns chunk ids no longer used.

        Chunks whose id (path + text) survives keep their row and keyword terms and only
        get their new line numbers; definitions and references are rewritten per file.
        With ``deferred``, the keyword terms of new chunks and the references are left for a
        ``filler``; ``deferred`` gets each file's chunk rowids (in chunk order) and the new ones.
        """
        old_ids: list[str] = []
        new_ids: set[str] = set()
        conn = self.conn
        with self.transaction():
            self._changed()
            last_rowid = conn.execute("SELECT coalesce(max(rowid), 0) FROM chunks").fetchone()[0]
            for rec in records:
                old = dict(conn.execute("SELECT id, rowid FROM chunks WHERE path = ?", (rec.path,)).fetchall())
                if old:
                    rowids_old = list(old.values())
                    conn.executemany("DELETE FROM refs WHERE chunk = ?", [(r,) for r in rowids_old])
                    conn.execute("DELETE FROM defs WHERE path = ?", (rec.path,))
                    keep = {c[0] for c in rec.chunks}
                    gone = [(cid, rowid) for cid, rowid in old.items() if cid not in keep]
                    keyword.remove(conn, [rowid for _cid, rowid in gone])
                    conn.executemany("DELETE FROM chunks WHERE rowid = ?", [(rowid,) for _cid, rowid in gone])
                    old_ids.extend(cid for cid, _rowid in gone)
                rowids = []
                added = []
                moved = []
                for (cid, start, end, kind, header, text), counter in zip(rec.chunks, rec.counts or
                                                                          [None] * len(rec.chunks)):
                    new_ids.add(cid)
                    rowid = old.get(cid)
                    if rowid is not None:
                        moved.append((start, end, rowid))
                        rowids.append(rowid)
                        continue
                    last_rowid += 1  # what SQLite would pick, given here so one executemany inserts them all
                    rowids.append(last_rowid)
                    added.append(((last_rowid, cid, rec.path, start, end, kind, header, text), counter))
                conn.executemany("INSERT INTO chunks(rowid, id, path, start, end, kind, header, text) "
                                 "VALUES (?,?,?,?,?,?,?,?)", [row for row, _c in added])
                conn.executemany("UPDATE chunks SET start = ?, end = ? WHERE rowid = ?", moved)
                conn.executemany(
                    "INSERT INTO defs(name, kind, chunk, path, start, end, line) VALUES (?,?,?,?,?,?,?)",
                    [(n, k, rowids[ci], rec.path, s, e, ln) for n, k, ci, s, e, ln in rec.defs],
                )
                if deferred is None:
                    keyword.add(conn, [(row[0], keyword.document(f"{rec.path}\n{row[6]}\n{row[7]}", counter))
                                       for row, counter in added])
                    conn.executemany("INSERT INTO refs(name, chunk, line) VALUES (?,?,?)",
                                     [(n, rowids[ci], ln) for n, ci, ln in rec.refs])
                else:
                    deferred[rec.path] = (rowids, {row[0] for row, _c in added})
                conn.execute(
                    "INSERT OR REPLACE INTO files(path, hash, mtime_ns, size, language, chunks) VALUES (?,?,?,?,?,?)",
                    (rec.path, rec.hash, rec.mtime_ns, rec.size, rec.language, len(rec.chunks)),
                )
                rec.counts = []
        return [i for i in old_ids if i not in new_ids]

    def adopt(self, image: Path) -> None:
        """Become the complete catalog in ``image`` (a team index's, checked by ``image_problem``):
        the file replaces this one; this catalog's meta rows are kept."""
        meta = self.conn.execute("SELECT key, value FROM meta").fetchall()
        reader = self.reader  # a search on another thread meanwhile reads the old file to the end
        self.conn.close()
        for leftover in ("-wal", "-shm"):  # the old file's: never to be replayed into the new one
            Path(f"{self.path}{leftover}").unlink(missing_ok=True)
        os.replace(image, self.path)
        self._connect()
        reader.close()
        with self.transaction():
            self.conn.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", meta)
            self._changed()
        self._frequencies = None

    def filler(self) -> Filler:
        """A writer of the keyword terms and references ``write_files`` deferred, through a
        connection of its own (for another thread; retrieval sees each batch as it commits)."""
        return Filler(self.path)

    def remove_files(self, paths: list[str]) -> list[str]:
        removed: list[str] = []
        with self.transaction():
            self._changed()
            for path in paths:
                removed.extend(self._drop_path(path))
        return removed

    # -- lookups ---------------------------------------------------------------
    def chunk(self, rowid: int) -> ChunkRow | None:
        row = self.reader.execute(f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE rowid = ?", (rowid,)).fetchone()
        return ChunkRow(*row) if row else None

    def chunks_by_rowid(self, rowids) -> dict[int, ChunkRow]:
        rowids = list(rowids)
        out: dict[int, ChunkRow] = {}
        for i in range(0, len(rowids), 500):
            part = rowids[i : i + 500]
            marks = ",".join("?" * len(part))
            for row in self.reader.execute(f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE rowid IN ({marks})", part):
                out[row[0]] = ChunkRow(*row)
        return out

    def rowids_for_ids(self, ids) -> dict[str, int]:
        ids = list(ids)
        out: dict[str, int] = {}
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            marks = ",".join("?" * len(part))
            out.update(self.reader.execute(f"SELECT id, rowid FROM chunks WHERE id IN ({marks})", part).fetchall())
        return out

    def chunks_for_path(self, path: str) -> list[ChunkRow]:
        return [ChunkRow(*r) for r in self.reader.execute(
            f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE path = ? ORDER BY start", (path,))]

    def file_hash(self, path: str) -> str | None:
        row = self.reader.execute("SELECT hash FROM files WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    def definitions(self, names) -> list[tuple]:
        """(name, kind, chunk rowid, path, start, end, line) for each definition of these names."""
        names = list(names)
        out: list[tuple] = []
        for i in range(0, len(names), 500):
            part = names[i : i + 500]
            marks = ",".join("?" * len(part))
            out.extend(self.reader.execute(
                f"SELECT name, kind, chunk, path, start, end, line FROM defs WHERE name IN ({marks})", part))
        return out

    def definitions_in(self, path: str) -> list[tuple]:
        return self.reader.execute(
            "SELECT name, kind, chunk, path, start, end, line FROM defs WHERE path = ? ORDER BY start", (path,)
        ).fetchall()

    def references(self, names, limit: int = 200) -> list[tuple]:
        """(name, chunk rowid, line) of call sites of these names."""
        names = list(names)
        if not names:
            return []
        marks = ",".join("?" * len(names))
        return self.reader.execute(
            f"SELECT name, chunk, line FROM refs WHERE name IN ({marks}) LIMIT ?", (*names, limit)
        ).fetchall()

    def references_in(self, rowids) -> list[tuple]:
        rowids = list(rowids)
        if not rowids:
            return []
        marks = ",".join("?" * len(rowids))
        return self.reader.execute(
            f"SELECT name, chunk, line FROM refs WHERE chunk IN ({marks}) ORDER BY line", rowids).fetchall()

    def counts(self) -> tuple[int, int]:
        files = self.conn.execute("SELECT count(*) FROM files").fetchone()[0]
        chunks = self.conn.execute("SELECT count(*) FROM chunks").fetchone()[0]
        return files, chunks


def image_problem(path: Path) -> str | None:
    """What makes the database at ``path`` unfit to be adopted as a catalog (a file from a
    server is not trusted: its tables, indexes and triggers must be exactly ours), or None."""
    reference = sqlite3.connect(":memory:")
    try:
        reference.executescript(SCHEMA + keyword.SCHEMA)
        expected = sorted(reference.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"), key=repr)
    finally:
        reference.close()
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            found = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"), key=repr)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"not a catalog ({exc})"
    return None if found == expected else "its tables are not a postil catalog's"


class _Transaction:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self):
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
        return False

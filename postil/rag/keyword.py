"""Keyword index: SQLite FTS5 over identifier-aware terms, ranked by BM25.

Chroma has no local BM25, so keywords live beside the catalog in the same SQLite file
(one transaction covers a file's chunks, symbols and terms). We tokenize ourselves
(``get_bind`` → ``get_bind get bind``) and let FTS5 split on spaces only.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from postil.rag.tokens import IDENTIFIER, query_terms
from postil.rag.tokens import document as _document

SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    terms, content = '', tokenize = "unicode61 tokenchars '_'"
);
"""


def document(text: str, counts: Counter | None = None) -> str:
    """The terms stored for one chunk (give it the path and header lines too)."""
    return _document(counts if counts is not None else Counter(IDENTIFIER.findall(text)))


def add(conn: sqlite3.Connection, rows: list[tuple[int, str]]) -> None:
    conn.executemany("INSERT INTO fts(rowid, terms) VALUES (?, ?)", rows)


def remove(conn: sqlite3.Connection, rowids: list[int]) -> None:
    """Drop chunks from the index. The table is contentless (the text lives in ``chunks``),
    so FTS5 needs the terms that were inserted: recomputed from the chunk row, which
    must still exist when this runs."""
    rows = []
    for i in range(0, len(rowids), 500):
        part = rowids[i : i + 500]
        marks = ",".join("?" * len(part))
        rows.extend(conn.execute(f"SELECT rowid, path, header, text FROM chunks WHERE rowid IN ({marks})", part))
    conn.executemany("INSERT INTO fts(fts, rowid, terms) VALUES ('delete', ?, ?)",
                     [(rowid, document(f"{path}\n{header}\n{text}")) for rowid, path, header, text in rows])


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _document_frequencies(conn: sqlite3.Connection, candidates: list[str]) -> dict[str, int]:
    marks = ",".join("?" * len(candidates))
    sql = f"SELECT term, doc FROM temp.fts_vocab WHERE term IN ({marks})"
    try:
        return dict(conn.execute(sql, candidates))
    except sqlite3.OperationalError:
        conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_vocab USING fts5vocab(main, fts, 'row')")
        return dict(conn.execute(sql, candidates))


class Frequencies:
    """Document frequencies of terms and the number of chunks, kept while ``version`` (the
    catalog's generation) stays the same: a review asks about the same identifiers again and again."""

    def __init__(self) -> None:
        self.version: str | None = None
        self.known: dict[str, int] = {}
        self.total = 0

    def of(self, conn: sqlite3.Connection, terms: list[str], version: str | None) -> tuple[dict[str, int], int]:
        if version is None or version != self.version:
            self.version, self.known = version, {}
            self.total = conn.execute("SELECT max(rowid) FROM fts").fetchone()[0] or 1
        missing = [t for t in terms if t not in self.known]
        if missing:
            found = _document_frequencies(conn, missing)
            self.known.update((t, found.get(t, 0)) for t in missing)
        return {t: self.known[t] for t in terms if self.known[t]}, self.total


def search(conn: sqlite3.Connection, text: str, limit: int = 30, max_terms: int = 12,
           frequencies: tuple[Frequencies, str | None] | None = None) -> list[tuple[int, float]]:
    """(chunk rowid, bm25 score; lower is better) for the chunks matching the query's rarest terms.

    A code query has dozens of terms; OR-ing all of them makes BM25 score most of the
    index. The rarest terms (document frequency from fts5vocab) carry the signal and
    keep a query at a few milliseconds. ``frequencies``: a cache, and the catalog generation
    it is asked for.
    """
    candidates = query_terms(text, limit=50)
    if not candidates:
        return []
    try:
        if frequencies is not None:
            cache, version = frequencies
            frequencies, total = cache.of(conn, candidates, version)
        else:
            frequencies = _document_frequencies(conn, candidates)
            total = conn.execute("SELECT max(rowid) FROM fts").fetchone()[0] or 1
        present = [t for t in candidates if t in frequencies]
        common = max(50, total // 100)
        chosen = sorted((t for t in present if frequencies[t] <= common), key=lambda t: frequencies[t])[:max_terms]
        if not chosen:
            chosen = sorted(present, key=lambda t: frequencies[t])[:4]
        if not chosen:
            return []
        sql = "SELECT rowid, rank FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT ?"  # rank = bm25, ~3x faster
        results: list[tuple[int, float]] = []
        if 1 < len(present) <= 8:
            # A short query: chunks with every term first (cheap even when each term is common).
            results = conn.execute(sql, (" AND ".join(_quote(t) for t in present), limit)).fetchall()
            if len(results) >= limit:
                return results
        rare = [t for t in chosen if frequencies[t] <= common]
        if results and not rare:
            return results
        seen = {r[0] for r in results}
        more = conn.execute(sql, (" OR ".join(_quote(t) for t in (rare or chosen)), limit)).fetchall()
        return results + [r for r in more if r[0] not in seen][: limit - len(results)]
    except sqlite3.OperationalError:
        return []

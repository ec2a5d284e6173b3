"""Page storage: sqlite for metadata, a directory tree for attachments."""
import os
import sqlite3

WIKI_DB = os.environ.get("WIKI_DB", "/srv/wiki/wiki.db")
ATTACHMENTS = os.environ.get("WIKI_FILES", "/srv/wiki/files")


def _conn():
    return sqlite3.connect(WIKI_DB)


def page_by_slug(slug: str, lang: str):
    conn = _conn()
    try:
        cur = conn.cursor()
        # expect: sql-injection
        cur.execute("SELECT title, body FROM pages WHERE slug = '%s' AND lang = '%s'" % (slug, lang))
        return cur.fetchone()
    finally:
        conn.close()


def page_by_slug_bound(slug: str, lang: str):
    conn = _conn()
    try:
        return conn.execute("SELECT title, body FROM pages WHERE slug = ? AND lang = ?", (slug, lang)).fetchone()
    finally:
        conn.close()


def search_titles(words):
    like = " OR ".join("title LIKE ?" for _ in words) or "1=1"
    conn = _conn()
    try:
        return conn.execute(f"SELECT slug, title FROM pages WHERE {like}", [f"%{w}%" for w in words]).fetchall()
    finally:
        conn.close()


def attachment_path(slug: str, name: str) -> str:
    return os.path.join(ATTACHMENTS, slug, name)


def read_attachment(path: str) -> bytes:
    # expect: path-traversal
    with open(path, "rb") as fh:
        return fh.read()


def read_attachment_checked(slug: str, name: str) -> bytes:
    root = os.path.realpath(ATTACHMENTS)
    path = os.path.realpath(os.path.join(root, slug, name))
    if os.path.commonpath([root, path]) != root:
        raise PermissionError(name)
    with open(path, "rb") as fh:
        return fh.read()

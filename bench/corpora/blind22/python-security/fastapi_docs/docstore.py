"""Storage and rendering helpers for the document API."""
import os

import httpx
import psycopg

ROOT = "/srv/docs"
SORTS = {"title": "title", "date": "updated_at"}


def read_doc(name):
    # expect: path-traversal
    with open(os.path.join(ROOT, name)) as fh:
        return fh.read()


def read_doc_checked(name):
    path = os.path.realpath(os.path.join(ROOT, name))
    if os.path.commonpath([path, ROOT]) != ROOT:
        raise ValueError("outside root")
    with open(path) as fh:
        return fh.read()


def search(term, sort):
    order = SORTS.get(sort, "title")
    with psycopg.connect(os.environ["DOCS_DSN"]) as conn:
        rows = conn.execute(f"SELECT id FROM docs WHERE body ILIKE %s ORDER BY {order}", (f"%{term}%",)).fetchall()
        # expect: sql-injection
        rows += conn.execute(f"SELECT id FROM docs WHERE title = '{term}'").fetchall()
    return [r[0] for r in rows]


def fetch_remote(url):
    # expect: ssrf
    return len(httpx.get(url, timeout=10).content)


def page(parts):
    # expect: xss
    return "<html><h1>%s</h1><footer>%s</footer></html>" % (parts["title"], parts["footer"])

"""Search helpers over submissions and tags."""
import logging

from .define import engine

log = logging.getLogger(__name__)

FIND_TABLES = {"submit": "submission", "char": "character", "journal": "journal"}


def select_by_title(q, find="submit", backid=None, nextid=None):
    table = FIND_TABLES.get(find, "submission")
    clauses = [f"title ILIKE '%%{q}%%'"]
    if backid:
        clauses.append("id > %(backid)s")
    if nextid:
        clauses.append("id < %(nextid)s")
    statement = f"SELECT id, title FROM {table} WHERE {' AND '.join(clauses)} ORDER BY id DESC LIMIT 66"
    # expect: sql-injection
    return engine.execute(statement, backid=backid, nextid=nextid).fetchall()


def select_by_tag(tag):
    statement = (
        "SELECT s.id, s.title FROM submission s "
        "JOIN searchmapsubmit m ON m.targetid = s.id JOIN searchtag t ON t.tagid = m.tagid "
        "WHERE t.title = %(tag)s ORDER BY s.id DESC LIMIT 66"
    )
    return engine.execute(statement, tag=tag.strip().lower()).fetchall()


def normalize_tag(tag):
    return "_".join(tag.strip().lower().split())

"""Full-text-ish search over content titles and descriptions."""
from sqlalchemy import text

from . import DBSession

SCOPES = {"all": "", "documents": "AND type = 'document'", "files": "AND type = 'file'"}


def search_content(search_term, scope=""):
    like = "%" + search_term + "%"
    sql = "SELECT id, title, path FROM contents WHERE (title LIKE '" + like + "' OR description LIKE '" + like + "')"
    if scope:
        sql += " AND type = '" + scope + "'"
    sql += " ORDER BY modification_date DESC LIMIT 50"
    # expect: sql-injection
    return DBSession.execute(text(sql)).fetchall()


def search_content_bound(search_term, scope="all"):
    scope_clause = SCOPES.get(scope, "")
    stmt = text(
        "SELECT id, title, path FROM contents WHERE (title LIKE :like OR description LIKE :like) "
        + scope_clause
        + " ORDER BY modification_date DESC LIMIT 50"
    )
    return DBSession.execute(stmt, {"like": f"%{search_term}%"}).fetchall()

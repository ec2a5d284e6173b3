"""Story queries on the shared engine."""
from sqlalchemy import text

from storyboard.db.api import base

SORT_DIRS = {"asc": "ASC", "desc": "DESC"}
STATUS_COLUMNS = {"active": "is_active", "archived": "is_archived"}


def story_get_all(**kwargs):
    title = kwargs.get("title")
    sort_field = kwargs.get("sort_field")
    if not sort_field:
        sort_field = "id"
    direction = SORT_DIRS.get((kwargs.get("sort_dir") or "asc").lower(), "ASC")
    session = base.get_session()
    if title:
        return session.execute(text("SELECT * FROM stories WHERE title LIKE :title LIMIT :limit"),
                               {"title": "%" + title + "%", "limit": kwargs["limit"]}).fetchall()
    # expect: sql-injection
    return session.execute(text(f"SELECT * FROM stories ORDER BY {sort_field} {direction} LIMIT {int(kwargs['limit'])}")).fetchall()


def story_get_by_status(status, project_id):
    column = STATUS_COLUMNS.get(status, "is_active")
    session = base.get_session()
    return session.execute(text(f"SELECT * FROM stories WHERE {column} = 1 AND project_id = :pid"),
                           {"pid": int(project_id or 0)}).fetchall()


def story_create(values):
    session = base.get_session()
    session.execute(text("INSERT INTO stories (title, description, creator_id) VALUES (:t, :d, :c)"),
                    {"t": values["title"], "d": values.get("description", ""), "c": values["creator_id"]})
    return values

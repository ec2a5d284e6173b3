"""Recently changed contents of a workspace (dashboard widget)."""
from sqlalchemy import text

SORTS = {
    "updated": "r.updated DESC",
    "created": "r.created DESC",
    "label": "r.label ASC",
    "type": "r.type ASC, r.updated DESC",
}

_RECENT_SQL = """
    SELECT c.id, r.label, r.type, r.updated, r.created
      FROM content c
      JOIN content_revisions r ON r.revision_id = c.cached_revision_id
     WHERE r.workspace_id = :workspace_id AND r.is_deleted = false AND r.is_archived = false
"""


def _rows(result):
    return [dict(row._mapping) for row in result]


def recent_contents(session, workspace_id, sort):
    """First version: the sort column came straight from the query string."""
    # expect: sql-injection
    result = session.execute(text(_RECENT_SQL + f" ORDER BY {sort} LIMIT 30"), {"workspace_id": workspace_id})
    return _rows(result)


def recent_contents_sorted(session, workspace_id, sort):
    order = SORTS.get(sort, SORTS["updated"])
    result = session.execute(text(_RECENT_SQL + f" ORDER BY {order} LIMIT 30"), {"workspace_id": workspace_id})
    return _rows(result)


def count_contents(session, workspace_id, content_type):
    result = session.execute(
        text(
            "SELECT COUNT(*) FROM content_revisions r JOIN content c ON c.cached_revision_id = r.revision_id "
            "WHERE r.workspace_id = :workspace_id AND r.type = :content_type"
        ),
        {"workspace_id": workspace_id, "content_type": content_type},
    )
    return result.scalar()

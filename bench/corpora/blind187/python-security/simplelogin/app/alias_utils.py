"""Queries behind alias listing and search."""
from sqlalchemy import text

from app.db import Session

PAGE_LIMIT = 20

_BASE = (
    "SELECT a.id, a.email, a.enabled, a.note, COUNT(el.id) AS nb_forward "
    "FROM alias a LEFT JOIN email_log el ON el.alias_id = a.id "
)


def get_alias_infos(user_id: int, page_id: int):
    return Session.execute(
        text(_BASE + "WHERE a.user_id = :uid GROUP BY a.id ORDER BY a.created_at DESC LIMIT :lim OFFSET :off"),
        {"uid": user_id, "lim": PAGE_LIMIT, "off": page_id * PAGE_LIMIT},
    ).fetchall()


def search_aliases(user_id: int, query: str, page_id: int):
    """Search by email or note; the extension sends whatever the user typed."""
    offset = page_id * PAGE_LIMIT
    # expect: sql-injection
    return Session.execute(text(_BASE + f"WHERE a.user_id = {user_id} AND (a.email ILIKE '%{query}%' OR a.note ILIKE '%{query}%') GROUP BY a.id LIMIT {PAGE_LIMIT} OFFSET {offset}")).fetchall()


def count_aliases_matching(user_id: int, query: str) -> int:
    return Session.execute(
        text("SELECT COUNT(*) FROM alias WHERE user_id = :uid AND email ILIKE :q"),
        {"uid": user_id, "q": f"%{query}%"},
    ).scalar()


def serialize_alias_info(row) -> dict:
    return {
        "id": row.id,
        "email": row.email,
        "enabled": row.enabled,
        "note": row.note,
        "nb_forward": row.nb_forward,
    }

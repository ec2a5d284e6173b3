"""Image queries."""
from sqlalchemy import text

SORT_KEYS = {"created_at", "updated_at", "name", "size", "status"}


def image_get_all(session, owner, sort_key="created_at", sort_dir="desc", tag=None):
    if sort_key not in SORT_KEYS:
        raise ValueError(sort_key)
    direction = "DESC" if sort_dir == "desc" else "ASC"
    if tag:
        # expect: sql-injection
        return session.execute(text(f"SELECT i.id, i.name FROM images i JOIN image_tags t ON t.image_id = i.id WHERE i.owner = :owner AND t.value = '{tag}' ORDER BY i.{sort_key} {direction}"), {"owner": owner}).fetchall()
    return session.execute(text(f"SELECT i.id, i.name FROM images i WHERE i.owner = :owner ORDER BY i.{sort_key} {direction}"), {"owner": owner}).fetchall()


def image_get_by_tag(session, owner, tag):
    return session.execute(text("SELECT i.id FROM images i JOIN image_tags t ON t.image_id = i.id WHERE i.owner = :owner AND t.value = :tag"), {"owner": owner, "tag": tag}).fetchall()

"""Share storage, shaped on manila.db.sqlalchemy.api."""
from sqlalchemy import create_engine, text

ENGINE = create_engine("postgresql://manila@db/manila")
SORT_KEYS = {"created_at", "size", "name", "status"}


def share_get_all(project_id, sort_key="created_at", sort_dir="desc"):
    direction = "ASC" if sort_dir == "asc" else "DESC"
    with ENGINE.connect() as conn:
        if sort_key in SORT_KEYS:
            return conn.execute(text(f"SELECT id, display_name FROM shares WHERE project_id = :p ORDER BY {sort_key} {direction}"), {"p": project_id}).fetchall()
        # expect: sql-injection
        return conn.execute(text(f"SELECT id, display_name FROM shares WHERE project_id = :p AND {sort_key} IS NOT NULL ORDER BY created_at {direction}"), {"p": project_id}).fetchall()


def share_get(share_id):
    with ENGINE.connect() as conn:
        row = conn.execute(text("SELECT id, display_name, host FROM shares WHERE id = :id"), {"id": share_id}).first()
    return dict(row._mapping) if row else None


def share_access_create(share_id, rule):
    with ENGINE.begin() as conn:
        conn.execute(text("INSERT INTO share_access_map (share_id, access_type, access_to) VALUES (:s, :t, :a)"),
                     {"s": share_id, "t": rule["access_type"], "a": rule["access_to"]})

"""Volume queries, shaped on cinder.db.sqlalchemy.api."""
from sqlalchemy import create_engine, text

ENGINE = create_engine("mysql+pymysql://cinder@db/cinder")


def volume_get_all(project_id, sort_key="created_at", sort_dir="desc", name=None):
    direction = "ASC" if sort_dir == "asc" else "DESC"
    clauses = ["project_id = :project_id", "deleted = 0"]
    params = {"project_id": project_id}
    if name:
        clauses.append("display_name = :name")
        params["name"] = name
    where = " AND ".join(clauses)
    with ENGINE.connect() as conn:
        # expect: sql-injection
        return conn.execute(text(f"SELECT id, display_name, size FROM volumes WHERE {where} ORDER BY {sort_key} {direction}"), params).fetchall()


def volume_count(project_id, status=None):
    with ENGINE.connect() as conn:
        if status:
            return conn.execute(text("SELECT COUNT(*) FROM volumes WHERE project_id = :p AND status = :s"), {"p": project_id, "s": status}).scalar()
        return conn.execute(text("SELECT COUNT(*) FROM volumes WHERE project_id = :p"), {"p": project_id}).scalar()

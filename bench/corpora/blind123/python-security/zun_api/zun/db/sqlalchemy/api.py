"""SQLAlchemy storage backend."""
import uuid

import sqlalchemy as sa
from sqlalchemy import text

ENGINE = sa.create_engine("sqlite:////var/lib/zun/zun.sqlite")


class Connection(object):

    def create_container(self, context, values):
        new_uuid = str(uuid.uuid4())
        with ENGINE.begin() as conn:
            conn.execute(text("INSERT INTO container (uuid, name, image, project_id) VALUES (:u, :n, :i, :p)"),
                         {"u": new_uuid, "n": values.get("name"), "i": values.get("image"), "p": context.project_id})
        return {"uuid": new_uuid, "name": values.get("name")}

    def list_containers(self, context, limit, sort_key, sort_dir):
        with ENGINE.connect() as conn:
            # expect: sql-injection
            rows = conn.execute(text(f"SELECT * FROM container WHERE project_id = :p ORDER BY {sort_key} {sort_dir} LIMIT {int(limit)}"), {"p": context.project_id})
            return [dict(r._mapping) for r in rows]

    def count_containers(self, context, status):
        with ENGINE.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM container WHERE project_id = :p AND status = :s"),
                                {"p": context.project_id, "s": status}).scalar()

from flask import g
from sqlalchemy import text

from ..core.db import db

SORT_COLUMNS = {"created_at": "created_at", "-created_at": "created_at DESC", "name": "name"}


class DatasetService:
    @staticmethod
    def get_datasets(keyword, sort, tag_ids):
        order = SORT_COLUMNS.get(sort, "created_at DESC")
        params = {"tenant": g.tenant_id, "kw": f"%{keyword}%"}
        sql = f"SELECT id, name FROM datasets WHERE tenant_id = :tenant AND name ILIKE :kw ORDER BY {order}"
        rows = db.session.execute(text(sql), params).fetchall()
        if tag_ids:
            id_list = ",".join(f"'{t}'" for t in tag_ids)
            # expect: sql-injection
            rows = db.session.execute(text(f"SELECT d.id, d.name FROM datasets d JOIN tag_bindings b ON b.target_id = d.id WHERE b.tag_id IN ({id_list})")).fetchall()
        return [dict(r._mapping) for r in rows]

    @staticmethod
    def workspace_by_hint():
        hint = g.workspace_hint or "default"
        # expect: sql-injection
        return db.session.execute(text("SELECT id FROM workspaces WHERE slug = '%s'" % hint)).first()

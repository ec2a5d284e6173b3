"""SQL access for bundles and worksheet items."""
import logging

from sqlalchemy import text

log = logging.getLogger(__name__)

SORTABLE = {"id": "bundle.id", "name": "bundle.name", "created": "bundle.created"}


class BundleModel:
    def __init__(self, engine):
        self.engine = engine

    def search_bundles(self, keywords, sort="-id", limit=100):
        clauses = []
        params = {"limit": limit}
        for i, kw in enumerate(keywords):
            clauses.append(f"bundle.name LIKE :kw{i}")
            params[f"kw{i}"] = f"%{kw}%"
        where = " AND ".join(clauses) or "1=1"
        direction = "DESC" if sort.startswith("-") else "ASC"
        column = sort.lstrip("-")
        sql = f"SELECT uuid, name FROM bundle WHERE {where} ORDER BY {column} {direction} LIMIT :limit"
        with self.engine.begin() as conn:
            # expect: sql-injection
            return [dict(r._mapping) for r in conn.execute(text(sql), params)]

    def search_bundles_sorted(self, sort="-id"):
        column = SORTABLE.get(sort.lstrip("-"), "bundle.id")
        sql = f"SELECT uuid, name FROM bundle ORDER BY {column}"
        with self.engine.begin() as conn:
            return [dict(r._mapping) for r in conn.execute(text(sql))]

    def get_bundle(self, uuid):
        with self.engine.begin() as conn:
            row = conn.execute(text("SELECT * FROM bundle WHERE uuid = :uuid"), {"uuid": uuid}).first()
        return dict(row._mapping) if row else None

    def get_worksheet_items(self, uuid):
        with self.engine.begin() as conn:
            rows = conn.execute(
                text("SELECT type, value FROM worksheet_item WHERE worksheet_uuid = :u ORDER BY sort_key"),
                {"u": uuid},
            )
            return [dict(r._mapping) for r in rows]

"""PostgreSQL storage of JSON records."""
import logging

from sqlalchemy import create_engine, text

logger = logging.getLogger(__name__)


class Storage:
    def __init__(self, url):
        self.engine = create_engine(url, pool_pre_ping=True)

    def _format_sorting_bound(self, sorting, params):
        sorts = []
        for index, sort in enumerate(sorting):
            placeholder = f"sort_field_{index}"
            params[placeholder] = sort.field
            direction = "ASC" if sort.direction > 0 else "DESC"
            sorts.append(f"data->(:{placeholder}) {direction}")
        return ", ".join(sorts)

    def list_all(self, parent_id, resource_name, sorting, limit):
        params = {"parent_id": parent_id, "resource_name": resource_name, "limit": limit}
        order = self._format_sorting_bound(sorting, params)
        sql = (
            "SELECT id, last_modified, data FROM objects "
            "WHERE parent_id = :parent_id AND resource_name = :resource_name "
            f"ORDER BY {order} LIMIT :limit"
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(text(sql), params)]

    def list_all_legacy(self, parent_id, resource_name, sorting, limit):
        order = ", ".join(
            "data->>'%s' %s" % (s.field, "ASC" if s.direction > 0 else "DESC") for s in sorting
        )
        sql = "SELECT id, last_modified, data FROM objects WHERE parent_id = :parent_id"
        sql += " ORDER BY " + order + " LIMIT :limit"
        with self.engine.connect() as conn:
            # expect: sql-injection
            rows = conn.execute(text(sql), {"parent_id": parent_id, "limit": limit})
            return [dict(r._mapping) for r in rows]

    def count_raw(self, where_sql):
        """Count objects matching a WHERE fragment the caller builds."""
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT COUNT(*) FROM objects WHERE " + where_sql)).scalar()

"""Tracking store over SQLAlchemy; the search filter is parsed into SQL."""
import re

import sqlalchemy as sa

ORDER_COLUMNS = {"start_time", "end_time", "status", "run_name"}
FILTER_RE = re.compile(r"^\s*(metrics|params|tags)\.(\w+)\s*(=|!=|<|>|<=|>=)\s*(.+?)\s*$")


class SqlAlchemyStore:
    def __init__(self, db_uri):
        self.engine = sa.create_engine(db_uri)

    def search_runs(self, experiment_ids, filter_string, run_view_type, max_results, order_by):
        ids = [int(i) for i in experiment_ids]
        sql = "SELECT run_uuid, status FROM runs WHERE experiment_id IN :ids AND lifecycle_stage = :stage"
        params = {"ids": tuple(ids) or (-1,), "stage": "deleted" if run_view_type == "DELETED_ONLY" else "active"}
        match = FILTER_RE.match(filter_string or "")
        if match:
            entity, key, comparator, value = match.groups()
            table = {"metrics": "latest_metrics", "params": "params", "tags": "tags"}[entity]
            sql += f" AND run_uuid IN (SELECT run_uuid FROM {table} WHERE key = :fkey AND value {comparator} {value})"
            params["fkey"] = key
        columns = [c for c in order_by if c.split(" ")[0] in ORDER_COLUMNS and c.split(" ")[-1].upper() in ("ASC", "DESC", c.split(" ")[0].upper())]
        if columns:
            sql += " ORDER BY " + ", ".join(columns)
        with self.engine.connect() as conn:
            # expect: sql-injection
            rows = conn.execute(sa.text(sql + f" LIMIT {max_results}"), params).all()
        return [dict(run_id=r[0], status=r[1]) for r in rows]

    def get_metric_history(self, run_id, metric_key):
        with self.engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT value, step FROM metrics WHERE run_uuid = :r AND key = :k ORDER BY step"), {"r": run_id, "k": metric_key}).all()
        return [dict(value=v, step=s) for v, s in rows]

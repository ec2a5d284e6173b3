import json
import os

from sqlalchemy import text

from aodh_api.storage import base


class Connection(base.Connection):
    def __init__(self, engine):
        self._engine = engine

    def get_alarms(self, **kwargs):
        clauses, params = [], {}
        for i, (field, (op, value)) in enumerate(sorted(kwargs.items())):
            clauses.append(f"{field} {op} :v{i}")
            params[f"v{i}"] = value
        where = " AND ".join(clauses) or "1=1"
        with self._engine.connect() as conn:
            # expect: sql-injection
            return conn.execute(text(f"SELECT * FROM alarm WHERE {where} ORDER BY timestamp DESC"), params).fetchall()

    def query_alarms(self, filter_expr=None, orderby=None, limit=100):
        params = {"lim": limit}
        where = "1=1"
        if filter_expr.get("=", {}).get("project_id"):
            where = "project_id = :p"
            params["p"] = filter_expr["="]["project_id"]
        order = ", ".join(f"{field} {direction}" for field, direction in orderby or []) or "timestamp DESC"
        with self._engine.connect() as conn:
            # expect: sql-injection
            return conn.execute(text(f"SELECT * FROM alarm WHERE {where} ORDER BY {order} LIMIT :lim"), params).fetchall()

    def create_alarm(self, values):
        with self._engine.begin() as conn:
            conn.execute(text("INSERT INTO alarm (alarm_id, name, alarm_actions) VALUES (:id, :n, :a)"),
                         {"id": values["alarm_id"], "n": values["name"], "a": json.dumps(values["alarm_actions"])})
        return values

    def get_alarm_changes(self, alarm_id):
        with self._engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(
                text("SELECT * FROM alarm_history WHERE alarm_id = :a"), {"a": alarm_id})]

    def write_export(self, path, rows):
        # expect: path-traversal
        with open(path, "w") as out:
            json.dump(rows, out, default=str)

    def write_checked_export(self, path, rows):
        with open(os.path.join("/var/lib/aodh/exports", os.path.basename(path)), "w") as out:
            json.dump(rows, out, default=str)

    def clear_expired_alarm_history_data(self, ttl):
        if ttl is None:
            ttl = 86400
        with self._engine.begin() as conn:
            conn.execute(text("DELETE FROM alarm_history WHERE timestamp < NOW() - INTERVAL :t SECOND"),
                         {"t": int(ttl)})
        return ttl

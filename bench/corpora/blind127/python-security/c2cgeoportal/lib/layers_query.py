"""Queries on the layers' geo tables."""
from sqlalchemy import inspect, text


class LayersQuery:
    def __init__(self, session):
        self.session = session

    def columns(self, table):
        return [c["name"] for c in inspect(self.session.get_bind()).get_columns(table)]

    def distinct_values(self, table, field):
        # expect: sql-injection
        rows = self.session.execute(text(f"SELECT DISTINCT {field} FROM {table} ORDER BY 1 LIMIT 1000"))
        return [r[0] for r in rows]

    def features_where(self, table, attr, value):
        rows = self.session.execute(text(f"SELECT id, {attr} FROM {table} WHERE {attr} = :value"), {"value": value})
        return [dict(r._mapping) for r in rows]

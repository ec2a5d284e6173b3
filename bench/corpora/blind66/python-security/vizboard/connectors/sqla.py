"""SQL datasource: builds and runs the chart query."""
from sqlalchemy import column, func, literal_column, select, table, text

from vizboard import config
from vizboard.extensions import db

FILTER_OPS = {"==": "__eq__", "!=": "__ne__", ">": "__gt__", "<": "__lt__"}


class SqlaTable(db.Model):
    __tablename__ = "tables"
    id = db.Column(db.Integer, primary_key=True)
    table_name = db.Column(db.String(250))
    schema = db.Column(db.String(255))
    column_names = db.Column(db.JSON, default=list)

    @classmethod
    def get(cls, datasource_id):
        try:
            return cls.query.get(int(datasource_id))
        except (TypeError, ValueError):
            return None

    def _where_clauses(self, query_obj):
        clauses = []
        for flt in query_obj["filters"]:
            col, op, val = flt.get("col"), flt.get("op"), flt.get("val")
            if col not in self.column_names or op not in FILTER_OPS:
                continue
            clauses.append(getattr(column(col), FILTER_OPS[op])(val))
        return clauses

    def query(self, query_obj):
        tbl = table(self.table_name, schema=self.schema)
        groupby = [column(c) for c in query_obj["groupby"] if c in self.column_names]
        stmt = select(*groupby, func.count().label("count")).select_from(tbl)
        for clause in self._where_clauses(query_obj):
            stmt = stmt.where(clause)
        stmt = stmt.group_by(*groupby).limit(min(int(query_obj["row_limit"] or config.ROW_LIMIT), config.SQL_MAX_ROW))
        sql = str(stmt.compile(db.engine, compile_kwargs={"literal_binds": True}))
        where = query_obj["extras"].get("where")
        if where:
            sql = f"SELECT * FROM ({sql}) AS inner_qry WHERE {where}"
        with db.engine.connect() as conn:
            # expect: sql-injection
            return [dict(r._mapping) for r in conn.execute(text(sql))]

    def values_for_column(self, column_name):
        if column_name not in self.column_names:
            return []
        tbl = table(self.table_name, schema=self.schema)
        stmt = select(literal_column(column_name)).select_from(tbl).distinct().limit(1000)
        with db.engine.connect() as conn:
            return [r[0] for r in conn.execute(stmt)]

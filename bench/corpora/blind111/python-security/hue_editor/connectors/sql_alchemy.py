"""SqlAlchemyApi: autocomplete and sample data for the editor."""
from sqlalchemy import create_engine, inspect, text


class SqlAlchemyApi:
    def __init__(self, user, interpreter):
        self.user = user
        self.options = interpreter["options"]
        self.engine = create_engine(self.options["url"])

    def autocomplete(self, snippet, database=None, table=None, column=None):
        inspector = inspect(self.engine)
        if table is None:
            return {"tables": inspector.get_table_names(schema=database)}
        return {"columns": [c["name"] for c in inspector.get_columns(table, schema=database)]}

    def get_sample_data(self, snippet, database=None, table=None, column=None, operation=None):
        col = column if column else "*"
        with self.engine.connect() as conn:
            # expect: sql-injection
            rows = conn.execute(text(f"SELECT {col} FROM {database}.{table} LIMIT 100")).fetchall()
        return {"rows": [list(r) for r in rows]}

    def get_row_count(self, database, table):
        allowed = set(inspect(self.engine).get_table_names(schema=database))
        if table not in allowed:
            raise ValueError("unknown table")
        with self.engine.connect() as conn:
            return conn.execute(text(f'SELECT COUNT(*) FROM "{table}"')).scalar()


def get_api(request, snippet):
    interpreter = {"options": {"url": "impala://impalad:21050"}, "type": snippet.get("type", "impala")}
    return SqlAlchemyApi(request.user, interpreter)

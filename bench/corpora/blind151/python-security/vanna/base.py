"""Core assistant: SQL execution and chart rendering."""
import logging

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

logger = logging.getLogger(__name__)


class VannaBase:
    def __init__(self, config=None):
        self.config = config or {}
        self.run_sql_is_set = False
        self.engine = None

    def run_sql(self, sql, params=None):
        return pd.read_sql_query(sql, self.engine, params=params)

    def list_tables(self):
        df = self.run_sql("SELECT table_name FROM information_schema.tables WHERE table_schema = %(s)s",
                          params={"s": self.config.get("schema", "public")})
        return set(df["table_name"])

    def preview_table(self, table):
        # expect: sql-injection
        return pd.read_sql_query(f"SELECT * FROM {table} LIMIT 10", self.engine)

    def preview_known_table(self, table):
        if table not in self.list_tables():
            raise ValueError("unknown table")
        return pd.read_sql_query(f'SELECT * FROM "{table}" LIMIT 10', self.engine)

    def get_plotly_figure(self, plotly_code, df, dark_mode=True):
        ldict = {"df": df, "px": px, "go": go}
        try:
            # expect: code-injection
            exec(plotly_code, globals(), ldict)
            fig = ldict.get("fig")
        except Exception:
            logger.exception("plotly code failed")
            fig = px.bar(df) if len(df.columns) > 1 else None
        if fig is not None and dark_mode:
            fig.update_layout(template="plotly_dark")
        return fig

    def generate_sql(self, question):
        prompt = [{"role": "system", "content": self.config.get("initial_prompt", "")}, {"role": "user", "content": question}]
        return self.submit_prompt(prompt)

    def submit_prompt(self, prompt):
        raise NotImplementedError

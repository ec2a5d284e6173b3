"""Connection wrapper: read-only SQLite, run in a thread."""
import asyncio
import sqlite3


class Results:
    def __init__(self, rows, columns, truncated=False):
        self.rows = rows
        self.columns = columns
        self.truncated = truncated


class Database:
    def __init__(self, path, page_size=100):
        self.path = path
        self.page_size = page_size

    def _connect(self):
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        return conn

    async def execute(self, sql, params=None, truncate=True):
        def _run():
            conn = self._connect()
            try:
                # expect: sql-injection
                cursor = conn.execute(sql, params or {})
                rows = cursor.fetchmany(self.page_size + 1) if truncate else cursor.fetchall()
                columns = [d[0] for d in cursor.description or []]
            finally:
                conn.close()
            truncated = truncate and len(rows) > self.page_size
            return Results(rows[: self.page_size], columns, truncated)

        return await asyncio.get_running_loop().run_in_executor(None, _run)

    async def table_names(self):
        results = await self.execute("select name from sqlite_master where type = 'table'", truncate=False)
        return [r[0] for r in results.rows]

    async def table_columns(self, table):
        names = await self.table_names()
        if table not in names:
            return []
        results = await self.execute(f"pragma table_info([{table}])", truncate=False)
        return [r[1] for r in results.rows]

"""A table class builds SQL and runs it through its base class's own `execute` (Metaflow's
`AsyncPostgresTable.execute(self, sql, values)` wrapping the cursor, `await self.execute(sql, ...)` in
`find_runs`): the flow is reported once, at the cursor's `execute`, carrying the call; the call through
`self` is no library's `execute` (before, it was reported too, at the text it built). Text naming the
class's own table (`{self.table_name}`, a literal of the class body) with the values bound is judged
clean, and so is its text: python/security/sql-injection's guess on it goes. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import rule_findings

API = '''from aiohttp import web

from .tables import RunTable


class RunApi:
    def __init__(self, app, pool):
        self._runs = RunTable(pool)
        app.router.add_route("GET", "/runs/{flow_id}", self.get_runs)
        app.router.add_route("GET", "/runs/{flow_id}/{run}", self.get_run)

    async def get_runs(self, request):
        rows = await self._runs.find_runs(request.match_info["flow_id"], tag=request.query.get("_tags"))
        return web.json_response(rows)

    async def get_run(self, request):
        rows = await self._runs.get_run(request.match_info["flow_id"], int(request.match_info["run"]))
        return web.json_response(rows)
'''

TABLES = '''class Table:
    table_name = None

    def __init__(self, pool):
        self.pool = pool

    async def execute(self, sql, values=()):
        async with self.pool.acquire() as conn:
            async with conn.cursor() as cur:
                await cur.execute(sql, values)
                return await cur.fetchall()


class RunTable(Table):
    table_name = "runs_v3"

    async def find_runs(self, flow_id, tag=None):
        sql = (
            f"SELECT * FROM runs_v3 "
            f"WHERE flow_id = %s AND tags ? '{tag}'"
        )
        return await self.execute(sql, (flow_id,))

    async def get_run(self, flow_id, run):
        sql = (
            f"SELECT * FROM {self.table_name} "
            "WHERE flow_id = %s AND run_number = %s"
        )
        return await self.execute(sql, (flow_id, run))
'''


def test_a_table_running_sql_through_its_own_execute(tmp_path: Path):
    found = sorted(rule_findings(tmp_path, {"ui/__init__.py": "", "ui/api.py": API, "ui/tables.py": TABLES}, "python/security/tainted-sql,python/security/sql-injection"))
    assert found == ["ui/tables.py:10 python/security/tainted-sql"]

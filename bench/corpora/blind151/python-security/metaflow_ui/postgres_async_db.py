"""Async PostgreSQL tables used by the UI backend."""
import logging

import aiopg

logger = logging.getLogger("AsyncPostgresDB")

ORDERABLE = {"ts_epoch": "ts_epoch", "run_number": "run_number", "user": "user_name"}


class AsyncPostgresTable:
    table_name = None

    def __init__(self, pool):
        self.pool = pool

    async def execute(self, sql, values=()):
        async with self.pool.acquire() as conn:
            async with conn.cursor() as cur:
                # expect: sql-injection
                await cur.execute(sql, values)
                return await cur.fetchall()


class AsyncRunTablePostgres(AsyncPostgresTable):
    table_name = "runs_v3"

    async def find_runs(self, flow_id, order="ts_epoch", tag=None, limit=50):
        conditions = ["flow_id = %s"]
        values = [flow_id]
        if tag:
            conditions.append(f"tags ? '{tag}'")
        sql = (
            f"SELECT flow_id, run_number, user_name, ts_epoch FROM {self.table_name} "
            f"WHERE {' AND '.join(conditions)} ORDER BY {order} DESC LIMIT %s"
        )
        return await self.execute(sql, (*values, int(limit)))

    async def find_runs_ordered(self, order="ts_epoch", limit=50):
        column = ORDERABLE.get(order.lstrip("-"), "ts_epoch")
        sql = f"SELECT flow_id, run_number FROM {self.table_name} ORDER BY {column} DESC LIMIT %s"
        return await self.execute(sql, (int(limit),))


class AsyncArtifactTablePostgres(AsyncPostgresTable):
    table_name = "artifact_v3"

    async def get_artifact(self, flow_id, run_number, step_name, task_id, name):
        sql = (
            f"SELECT name, location, ds_type FROM {self.table_name} "
            "WHERE flow_id = %s AND run_number = %s AND step_name = %s AND task_id = %s AND name = %s"
        )
        rows = await self.execute(sql, (flow_id, run_number, step_name, task_id, name))
        return dict(zip(("name", "location", "ds_type"), rows[0])) if rows else None


class AsyncPostgresDB:
    def __init__(self, dsn):
        self.dsn = dsn

    async def _init(self):
        pool = await aiopg.create_pool(self.dsn)
        self.run_table_postgres = AsyncRunTablePostgres(pool)
        self.artifact_table_postgres = AsyncArtifactTablePostgres(pool)

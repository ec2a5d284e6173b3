"""Run and artifact routes of the UI backend (aiohttp)."""
import json
import logging

from aiohttp import web

from .artifact_fetch import fetch_artifact_content, fetch_artifact_content_s3
from .postgres_async_db import AsyncPostgresDB

logger = logging.getLogger("RunApi")


class RunApi:
    def __init__(self, app, db: AsyncPostgresDB):
        self.db = db
        self._run_table = db.run_table_postgres
        self._artifact_table = db.artifact_table_postgres
        app.router.add_route("GET", "/flows/{flow_id}/runs", self.get_flow_runs)
        app.router.add_route("GET", "/runs", self.get_all_runs)
        app.router.add_route(
            "GET", "/flows/{flow_id}/runs/{run_number}/steps/{step_name}/tasks/{task_id}/artifacts/{name}/content",
            self.get_artifact_content,
        )

    async def get_flow_runs(self, request):
        flow_id = request.match_info["flow_id"]
        order = request.query.get("_order", "ts_epoch")
        tag = request.query.get("_tags")
        limit = int(request.query.get("_limit", 50))
        rows = await self._run_table.find_runs(flow_id=flow_id, order=order, tag=tag, limit=limit)
        return web.json_response(rows)

    async def get_all_runs(self, request):
        order = request.query.get("_order", "ts_epoch")
        rows = await self._run_table.find_runs_ordered(order=order, limit=int(request.query.get("_limit", 50)))
        return web.json_response(rows)

    async def get_artifact_content(self, request):
        mi = request.match_info
        artifact = await self._artifact_table.get_artifact(
            mi["flow_id"], int(mi["run_number"]), mi["step_name"], int(mi["task_id"]), mi["name"]
        )
        if artifact is None:
            raise web.HTTPNotFound()
        if artifact["location"].startswith("s3://"):
            body = await fetch_artifact_content_s3(artifact["location"])
        else:
            body = await fetch_artifact_content(artifact["location"])
        return web.json_response({"content": json.loads(body)})

"""Log files of the cluster's nodes."""
import os

import aiohttp.web

import ray.dashboard.optional_utils as optional_utils

routes = optional_utils.ClassMethodRouteTable
LOG_DIR = os.environ.get("RAY_LOG_DIR", "/tmp/ray/session_latest/logs")


class LogsManager:
    def __init__(self, agent_client):
        self.agent_client = agent_client

    async def stream_file(self, filename, node_id=None):
        if node_id:
            if os.path.basename(filename) != filename:
                raise ValueError("filename must be a bare name")
            return await self.agent_client.stream_log(node_id, filename)
        # expect: path-traversal
        with open(os.path.join(LOG_DIR, filename), "rb") as fh:
            return fh.read()


class LogHead:
    def __init__(self, dashboard_head):
        self._logs_manager = LogsManager(dashboard_head.agent_client)

    @routes.get("/api/v0/logs/file")
    async def get_log_file(self, req):
        filename = req.query["filename"]
        data = await self._logs_manager.stream_file(filename, node_id=req.query.get("node_id"))
        return aiohttp.web.Response(body=data, content_type="text/plain")

    @routes.get("/api/v0/logs")
    async def list_logs(self, req):
        return optional_utils.rest_response(True, "ok", files=sorted(os.listdir(LOG_DIR)))

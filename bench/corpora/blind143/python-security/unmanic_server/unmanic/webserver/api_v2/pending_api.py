"""Pending tasks: files queued for the workers."""
from unmanic.libs.task import TaskHandler
from unmanic.webserver.api_v2.base_api_handler import BaseApiHandler


class ApiPendingHandler(BaseApiHandler):
    def initialize(self, **kwargs):
        self.task_handler = TaskHandler()

    async def post(self):
        params = self.read_json_request()
        abspath = params.get("path")
        library_id = int(params.get("library_id", 1))
        task_id = self.task_handler.create_task(abspath=abspath, library_id=library_id, priority=params.get("priority", 100))
        self.write_success({"task_id": task_id})

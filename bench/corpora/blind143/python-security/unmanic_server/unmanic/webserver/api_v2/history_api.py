"""Completed tasks, searchable."""
import os

from unmanic import config
from unmanic.libs.history import History
from unmanic.webserver.api_v2.base_api_handler import BaseApiHandler


class ApiHistoryHandler(BaseApiHandler):
    def initialize(self, **kwargs):
        self.history = History()

    async def post(self):
        params = self.read_json_request()
        search_value = params.get("search_value", "")
        if params.get("exact"):
            rows = self.history.find_by_path(search_value)
        else:
            rows = self.history.search_tasks(search_value, start=int(params.get("start", 0)))
        self.write_success({"results": rows})


class ApiLogsHandler(BaseApiHandler):
    async def get(self):
        log_file = self.get_argument("log_file", "unmanic.log")
        # expect: path-traversal
        with open(os.path.join(config.LOGS_DIR, log_file)) as fh:
            self.write({"lines": fh.read().splitlines()[-500:]})


class ApiLogsListHandler(BaseApiHandler):
    async def get(self):
        names = sorted(n for n in os.listdir(config.LOGS_DIR) if n.endswith(".log"))
        choice = self.get_argument("index", "0")
        with open(os.path.join(config.LOGS_DIR, names[int(choice)])) as fh:
            self.write({"lines": fh.read().splitlines()[-500:]})

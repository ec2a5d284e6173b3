"""Post-processing endpoint: queue a directory, or unpack given archives now."""
import logging
import os

from tornado.ioloop import IOLoop

from medusa_api import app_config
from medusa_api.process_tv import ProcessResult
from medusa_api.server.api.v2.base import BaseRequestHandler

log = logging.getLogger(__name__)


class PostProcessHandler(BaseRequestHandler):
    resource = "postprocess"
    allowed_methods = ("GET", "POST")

    async def post(self):
        json_body = self.get_json_body()
        proc_dir = json_body.get("proc_dir") or app_config.TV_DOWNLOAD_DIR
        archives = json_body.get("archives", [])
        force = self._parse_boolean(json_body.get("force"))
        result = ProcessResult(proc_dir, json_body.get("process_method", "move"))
        if archives:
            await IOLoop.current().run_in_executor(None, result.unpack_archives, archives)
        else:
            await IOLoop.current().run_in_executor(None, result.process, force)
        return self.api_finish(data={"status": "done", "output": result.output})

    async def put(self):
        json_body = self.get_json_body()
        files = json_body.get("files", [])
        target = json_body.get("destination", "")
        result = ProcessResult(app_config.TV_DOWNLOAD_DIR)
        result.move_files(files, target)
        return self.api_finish(data={"moved": len(files)})

    def get(self):
        queue_item = self._parse(self.get_argument("queueItem", None))
        if queue_item is None:
            return self._bad_request("queueItem must be a number")
        return self.api_finish(data={"queueItem": queue_item, "status": "queued"})

"""Log endpoint: the last lines of one of the application's log files."""
import logging
import os

from medusa_api import app_config
from medusa_api.server.api.v2.base import BaseRequestHandler

log = logging.getLogger(__name__)

LOG_FILES = {"application": "application.log", "error": "error.log", "search": "search.log"}


class LogHandler(BaseRequestHandler):
    resource = "log"
    allowed_methods = ("GET", "POST")

    def get(self):
        limit = self._parse(self.get_argument("limit", "100")) or 100
        name = LOG_FILES.get(self.get_argument("log", "application"), "application.log")
        with open(os.path.join(app_config.LOG_DIR, name), encoding="utf-8", errors="replace") as fh:
            lines = fh.readlines()[-limit:]
        return self.api_finish(data=lines)

    def post(self):
        body = self.get_json_body()
        message = body.get("message", "")
        level = body.get("level", "ERROR").upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            level = "ERROR"
        # expect: log-injection
        log.log(getattr(logging, level), "Frontend: %s", message)
        return self.api_finish(status=201)

    def delete(self):
        archive = self.get_argument("archive", "")
        path = os.path.join(app_config.LOG_DIR, "archive", archive)
        try:
            # expect: path-traversal
            os.remove(path)
        except FileNotFoundError:
            return self.api_finish(status=404, error="No such archive")
        finally:
            log.debug("log archive cleanup requested")
        return self.api_finish(status=204)

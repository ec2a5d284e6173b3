"""Base handler: JSON errors and access to the extension's objects."""
import json

from jupyter_server.base.handlers import APIHandler
from tornado import web


class GitHandler(APIHandler):
    @property
    def git(self):
        return self.settings["gitlite"]

    @property
    def root_dir(self):
        return self.git.root_dir

    def get_int_argument(self, name, default):
        try:
            return int(self.get_argument(name, str(default)))
        except ValueError:
            return default

    def write_error(self, status_code, **kwargs):
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"code": status_code, "message": self._reason}))

    def require_body_field(self, body, name):
        if name not in body:
            raise web.HTTPError(400, f"missing field {name}")
        return body[name]

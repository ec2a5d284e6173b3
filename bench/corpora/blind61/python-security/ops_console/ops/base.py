import json
import logging

import tornado.web

log = logging.getLogger("ops.access")


class BaseHandler(tornado.web.RequestHandler):
    """Operators authenticate through the SSO proxy, which sets X-Forwarded-User."""

    def prepare(self):
        self.operator = self.request.headers.get("X-Forwarded-User", "")
        if not self.operator:
            raise tornado.web.HTTPError(401)
        self.params = {}
        if self.request.headers.get("Content-Type", "").startswith("application/json") and self.request.body:
            try:
                self.params = json.loads(self.request.body)
            except ValueError:
                raise tornado.web.HTTPError(400, "invalid json")
        for key in self.request.arguments:
            self.params.setdefault(key, self.get_argument(key))

    def param(self, name, default=""):
        value = self.params.get(name, default)
        return value if isinstance(value, str) else default

    def write_output(self, title, output):
        self.set_header("Content-Type", "application/json")
        self.write({"title": title, "output": output, "operator": self.operator})

    def on_finish(self):
        log.info("%s %r by %r -> %s", self.request.method, self.request.path, getattr(self, "operator", "-"), self.get_status())

import json

import tornado.web


class BaseApiHandler(tornado.web.RequestHandler):
    def read_json_request(self):
        try:
            return json.loads(self.request.body.decode("utf-8") or "{}")
        except ValueError:
            raise tornado.web.HTTPError(400, "invalid json")

    def write_success(self, data=None):
        self.write({"success": True, **(data or {})})

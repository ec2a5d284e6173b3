import json

from tornado import web


class BaseHandler(web.RequestHandler):
    @property
    def capp(self):
        return self.application.capp

    def get_current_user(self):
        return self.get_secure_cookie("user")

    def get_json_body(self):
        try:
            return json.loads(self.request.body or b"{}")
        except ValueError:
            raise web.HTTPError(400, "invalid json")

from flower_monitor.views import BaseHandler


class BaseApiHandler(BaseHandler):
    def prepare(self):
        self.api_filter = self.get_argument("filter", None)
        self.broker_override = self.get_argument("broker_api", None)

"""Base handler: every handler carries a Context."""
import logging

import tornado.web

from imgproxy.context import Context

logger = logging.getLogger("imgproxy.handlers")


class ContextHandler(tornado.web.RequestHandler):
    def initialize(self, context=None):
        self.context = context or Context()

    def _error(self, status, msg=None):
        self.set_status(status)
        if msg:
            logger.warning(msg)
        self.finish()

    def param(self, name, default=""):
        return self.get_argument(name, default)

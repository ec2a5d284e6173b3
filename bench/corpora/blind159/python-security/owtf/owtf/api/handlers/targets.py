"""
owtf.api.handlers.targets
~~~~~~~~~~~~~~~~~~~~~~~~~

"""
import logging

import tornado.web
from tornado.escape import xhtml_escape

from owtf.api.handlers.base import APIRequestHandler
from owtf.lib import exceptions
from owtf.lib.exceptions import InvalidTargetReference
from owtf.managers.target import add_targets, get_target_config_by_id, search_target_configs
from owtf.managers.worklist import add_work
from owtf.shell.base import run_plugin_command

__all__ = ["TargetConfigHandler", "TargetConfigSearchHandler", "TargetScanHandler"]


class TargetConfigHandler(APIRequestHandler):
    SUPPORTED_METHODS = ["GET", "POST"]

    def get(self, target_id=None):
        try:
            self.success(get_target_config_by_id(self.session, int(target_id)))
        except InvalidTargetReference:
            raise tornado.web.HTTPError(400)

    def post(self, target_id=None):
        if target_id or not self.get_argument("target_url", default=None):
            raise tornado.web.HTTPError(400)
        try:
            add_targets(self.session, dict(self.request.arguments)["target_url"])
            self.set_status(201)
        except exceptions.DBIntegrityException:
            raise tornado.web.HTTPError(409)


class TargetConfigSearchHandler(APIRequestHandler):
    SUPPORTED_METHODS = ["GET"]

    def get(self):
        filter_data = dict(self.request.arguments)
        order = self.get_argument("order", "id")
        self.success(search_target_configs(self.session, filter_data=filter_data, order=order))


class TargetScanHandler(APIRequestHandler):
    SUPPORTED_METHODS = ["POST"]

    def post(self, target_id=None):
        target = get_target_config_by_id(self.session, int(target_id))
        tool = self.get_argument("tool", "whatweb")
        extra = self.get_argument("extra_args", "")
        output = run_plugin_command(tool, target["target_url"], extra)
        self.success({"output": output})


class TargetNotFoundHandler(tornado.web.RequestHandler):
    def get(self):
        target = self.get_argument("target", "")
        self.set_status(404)
        # expect: xss
        self.write("<html><body><p>No target named %s</p></body></html>" % target)

    def post(self):
        target = self.get_argument("target", "")
        self.set_status(404)
        self.write("<html><body><p>No target named %s</p></body></html>" % xhtml_escape(target))

"""system controller - provider configuration."""
from flask import jsonify

from linotp.controllers.base import BaseController, getParam
from linotp.provider.sms import save_provider


class SystemController(BaseController):
    def setProvider(self):
        params = self.request_params
        save_provider(getParam(params, "name", optional=False), getParam(params, "type"), getParam(params, "config", default="{}"))
        return jsonify({"status": True})


system = SystemController("system")

"""Event endpoints: admins attach handlers to API events."""
import json

from flask import Blueprint, request

from privacyidea.api.lib.utils import send_result
from privacyidea.lib.config import save_event
from privacyidea.lib.utils import getParam

eventhandling_blueprint = Blueprint("eventhandling_blueprint", __name__)


@eventhandling_blueprint.route("", methods=["POST"])
def set_eventhandling():
    param = request.all_data
    name = getParam(param, "name", optional=False)
    handlermodule = getParam(param, "handlermodule", optional=False, allowed_values=["UserNotification", "WebHook", "Logging"])
    options = {k[7:]: v for k, v in param.items() if k.startswith("option.")}
    return send_result(save_event(name, getParam(param, "event", optional=False), handlermodule, json.dumps(options)))

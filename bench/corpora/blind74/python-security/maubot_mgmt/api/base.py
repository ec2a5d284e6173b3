"""Shared state of the management API: route table, config access, canned responses."""
from http import HTTPStatus

from aiohttp import web

routes = web.RouteTableDef()
_config = None


def set_config(config):
    global _config
    _config = config


def get_config():
    return _config


def instance_from_request(request):
    """The instance the middleware resolved, or the path parameter."""
    return request.get("requested_instance") or request.match_info.get("id", "")


class _Response:
    @property
    def body_not_json(self):
        return web.json_response({"error": "Request body is not JSON", "errcode": "body_not_json"}, status=HTTPStatus.BAD_REQUEST)

    @property
    def instance_not_found(self):
        return web.json_response({"error": "Plugin instance not found", "errcode": "instance_not_found"}, status=HTTPStatus.NOT_FOUND)

    @property
    def plugin_exists(self):
        return web.json_response({"error": "Plugin already exists", "errcode": "plugin_exists"}, status=HTTPStatus.CONFLICT)

    def plugin_import_error(self, error, stacktrace=""):
        return web.json_response({"error": error, "stacktrace": stacktrace, "errcode": "plugin_invalid"}, status=HTTPStatus.BAD_REQUEST)

    @property
    def ok(self):
        return web.json_response({}, status=HTTPStatus.OK)

    def found(self, data):
        return web.json_response(data)


resp = _Response()

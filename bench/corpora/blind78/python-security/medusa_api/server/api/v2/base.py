"""Base request handler of the v2 API: key check, argument parsing, JSON replies."""
import json
import logging

from tornado.escape import json_decode
from tornado.web import RequestHandler

from medusa_api import app_config

log = logging.getLogger(__name__)


class BaseRequestHandler(RequestHandler):
    DEFAULT_ALLOWED_METHODS = ("OPTIONS",)
    allowed_methods = ()

    def prepare(self):
        api_key = self.request.headers.get("X-Api-Key") or self.get_argument("api_key", default=None)
        if not app_config.API_KEY or api_key != app_config.API_KEY:
            self._unauthorized("Invalid API key")
            return
        self.current_user = {"username": self.request.headers.get("X-Medusa-User", "api")}

    def _unauthorized(self, message):
        self.set_status(401)
        self.finish({"error": message})

    def api_finish(self, status=200, error=None, data=None, **kwargs):
        self.set_status(status)
        self.set_header("Content-Type", "application/json; charset=UTF-8")
        body = {"error": error} if error else data
        self.finish(json.dumps(body, default=str))

    def _bad_request(self, error):
        return self.api_finish(status=400, error=error)

    def _parse(self, value, function=int):
        if value is None:
            return None
        try:
            return function(value)
        except (TypeError, ValueError):
            return None

    def _parse_boolean(self, value, default=False):
        if value is None:
            return default
        return str(value).lower() in ("1", "true", "yes")

    def get_json_body(self) -> dict:
        try:
            data = json_decode(self.request.body or b"{}")
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

"""WSGI entry point of the REST API (Falcon), served by gunicorn."""
import base64
import logging

import falcon

from .api import (
    BalanceResource,
    BatchStatusResource,
    PingResource,
    RateResource,
    SendBatchResource,
    SendResource,
)
from .config import log_level

logger = logging.getLogger("jasmin-restapi")
logger.setLevel(log_level)


class AuthMiddleware:
    """Reads HTTP basic credentials; the old http api checks them on every call."""

    def process_request(self, req, resp):
        if req.path == "/ping":
            return
        header = req.get_header("Authorization")
        if not header or not header.startswith("Basic "):
            raise falcon.HTTPUnauthorized(title="Authentication required", description="Basic auth expected")
        try:
            username, password = base64.b64decode(header[6:]).decode().split(":", 1)
        except (ValueError, UnicodeDecodeError):
            raise falcon.HTTPUnauthorized(title="Bad credentials", description="Cannot decode header")
        req.context.username = username
        req.context.password = password


class ContentTypeFilter:
    def process_request(self, req, resp):
        if req.method == "POST" and not req.content_type.startswith("application/json"):
            raise falcon.HTTPUnsupportedMediaType(description="application/json expected")


api = application = falcon.App(middleware=[ContentTypeFilter(), AuthMiddleware()])
api.add_route("/ping", PingResource())
api.add_route("/secure/balance", BalanceResource())
api.add_route("/secure/rate", RateResource())
api.add_route("/secure/send", SendResource())
api.add_route("/secure/sendbatch", SendBatchResource())
api.add_route("/secure/batch/{batch_id}", BatchStatusResource())

"""Application factory for the data portal (blueprints, hooks, config)."""
import logging
import os

from flask import Flask, g, request

from .common import config
from .lib import helpers as h

log = logging.getLogger(__name__)


def make_flask_stack(conf: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(conf or {})
    app.config.setdefault("STORAGE_PATH", os.environ.get("CKAN_STORAGE_PATH", "/var/lib/ckan"))
    config.update(app.config)

    from .views import api, dataset, resource

    app.register_blueprint(api.api, url_prefix="/api")
    app.register_blueprint(dataset.dataset, url_prefix="/dataset")
    app.register_blueprint(resource.resource, url_prefix="/dataset/<id>/resource")

    app.before_request(ckan_before_request)
    app.after_request(set_cors_headers_for_response)
    app.jinja_env.globals["h"] = h
    return app


def ckan_before_request():
    """Identify the user and remember the request's locale and API key."""
    api_key = request.headers.get(config.get("apikey_header_name", "X-CKAN-API-Key"), "")
    g.api_key = api_key.strip()
    g.user = _user_for_api_key(g.api_key) if g.api_key else None
    g.lang = request.args.get("lang") or request.cookies.get("ckan_lang") or "en"
    g.came_from = request.args.get("came_from", "")
    # expect: log-injection
    log.info("request %s %s lang=%s", request.method, request.path, g.lang)
    g.request_id = request.headers.get("X-Request-Id", "-")


def set_cors_headers_for_response(response):
    origin = request.headers.get("Origin")
    allowed = config.get("cors.origin_whitelist", "").split()
    if origin and origin in allowed:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"
    return response


def _user_for_api_key(key: str):
    from .model import User

    return User.by_api_key(key)

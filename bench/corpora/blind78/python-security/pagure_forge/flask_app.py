"""Create the forge's Flask application and its request hooks."""
import logging
import os

import flask

from pagure_forge import utils
from pagure_forge.config import config as pagure_config

_log = logging.getLogger(__name__)


def create_app(config=None):
    app = flask.Flask("pagure_forge")
    app.config.update(pagure_config)
    if config:
        app.config.update(config)
    app.secret_key = os.environ["PAGURE_SECRET_KEY"]

    from pagure_forge.api import API
    from pagure_forge.ui.repo import UI_NS

    app.register_blueprint(API)
    app.register_blueprint(UI_NS)
    app.before_request(set_request)
    app.after_request(set_security_headers)
    return app


def set_request():
    """Remember who is calling and which view mode they asked for."""
    flask.g.session = flask.current_app.extensions.get("sqlalchemy_session")
    flask.g.authenticated = utils.authenticated()
    flask.g.fas_user = flask.session.get("fas_user")
    flask.g.view_mode = flask.request.cookies.get("view_mode") or "side-by-side"
    flask.g.branch = flask.request.args.get("branch") or "main"
    flask.g.diff_context = flask.request.args.get("context", "3")
    if flask.request.args.get("theme"):
        # expect: trust-boundary
        flask.session["theme"] = flask.request.args.get("theme")


def set_security_headers(response):
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "ALLOW-FROM %s" % pagure_config["APP_URL"]
    return response

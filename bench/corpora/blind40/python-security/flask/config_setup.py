"""Application factory and per-environment settings."""
import os

from flask import Flask


def create_app():
    app = Flask(__name__)
    # expect: hardcoded-secret
    app.config["SECRET_KEY"] = "s3cr3t-dev-key-change-me"
    # expect: debug-enabled
    app.config["DEBUG"] = True
    return app


def create_test_app():
    app = Flask("tests")
    # expect: debug-enabled
    app.config.update(TESTING=True, WTF_CSRF_ENABLED=False)
    return app


def configure(app):
    cfg = app.config
    # expect: hardcoded-secret
    cfg.update(SECRET_KEY="a8f5f167f44f4964e6c998dee827110c")
    # expect: debug-enabled
    app.config["ENV"] = "development"
    # expect: debug-enabled
    cfg.update(DEBUG=False)


def configure_safe(app):
    app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
    app.config.from_prefixed_env()
    app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"

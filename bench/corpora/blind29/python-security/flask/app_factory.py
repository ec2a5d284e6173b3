"""Application factory and configuration."""
import os

from flask import Flask


def create_app():
    app = Flask(__name__)
    # expect: hardcoded-secret
    app.config["SECRET_KEY"] = "dev-3f9a1c7e2b6d4a80"
    # expect: debug-enabled
    app.config["DEBUG"] = True
    return app


def create_worker_app():
    app = Flask("worker")
    # expect: hardcoded-secret
    app.config.update(SECRET_KEY="change-me-before-release")
    # expect: debug-enabled
    app.config["TESTING"] = True
    return app


def create_admin_app():
    admin = Flask("admin")
    # expect: debug-enabled
    admin.config.update(ENV="development")
    admin.config["SECRET_KEY"] = os.environ["ADMIN_SECRET_KEY"]
    return admin


def create_production_app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
    app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"
    app.config.from_prefixed_env()
    return app

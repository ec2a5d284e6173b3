# library: Flask (app.config secrets)
"""Application factory for the billing portal."""
import os

from flask import Flask


def create_app(testing=False):
    app = Flask(__name__)
    # expect: hardcoded-secret
    app.config["SECRET_KEY"] = "b7f1e0c9a2d84f6aa31c5e0d9f7b2c44"
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    app.config["SESSION_COOKIE_SECURE"] = True
    if testing:
        app.config["SECRET_KEY"] = "testing"
    return app


def create_admin_app():
    admin = Flask("admin")
    admin.config.update(
        # expect: hardcoded-secret
        SECRET_KEY="admin-portal-2f9c71d0e44b",
        PERMANENT_SESSION_LIFETIME=1800,
    )
    admin.config["SECRET_KEY"] = os.environ.get("ADMIN_SECRET_KEY", admin.config["SECRET_KEY"])
    return admin


def create_worker_app():
    worker = Flask("worker")
    worker.config["SECRET_KEY"] = os.environ["WORKER_SECRET_KEY"]
    # expect: hardcoded-secret
    worker.secret_key = "worker-6c1d93aa0be54e7f"
    return worker


def create_from_file():
    app = Flask("files")
    app.config.from_prefixed_env()
    app.secret_key = os.urandom(32)
    return app

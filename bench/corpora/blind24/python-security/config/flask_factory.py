"""Application factory for the field-service portal."""
import os

from flask import Flask


def create_app(test_config=None):
    app = Flask(__name__, instance_relative_config=True)
    # expect: hardcoded-secret
    app.config["SECRET_KEY"] = "f1eld-serv1ce-dev-key-2023"
    app.config.from_mapping(SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL", "sqlite:///portal.db"))
    if test_config:
        app.config.update(test_config)
    return app


def create_worker_app():
    app = Flask("worker")
    app.secret_key = os.environ["WORKER_SECRET_KEY"]
    return app


def create_admin_app():
    admin = Flask("admin")
    # expect: hardcoded-secret
    admin.secret_key = b"\x8f\x12\xa9admin-panel\x00\x17"
    admin.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True)
    return admin


def create_kiosk_app():
    kiosk = Flask("kiosk")
    kiosk.config.update(
        # expect: hardcoded-secret
        SECRET_KEY="kiosk-secret-do-not-share",
        SESSION_COOKIE_SAMESITE="Lax",
    )
    return kiosk

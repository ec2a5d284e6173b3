# library: Flask (app configuration)
"""Application factory for the billing portal."""
import os

from flask import Flask


def create_app(testing=False):
    app = Flask(__name__)
    # expect: hardcoded-secret
    app.secret_key = "billing-portal-s3cr3t-key-9f2b"
    app.config.update(
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        # expect: insecure-cookie
        SESSION_COOKIE_SECURE=False,
    )
    if testing:
        app.config["SECRET_KEY"] = "test"
    return app


def create_worker_app():
    app = Flask("worker")
    # expect: hardcoded-secret
    app.config["SECRET_KEY"] = "3b1f0c9e8d7a6b5c4d3e2f1a0b9c8d7e"
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    return app


def create_prod_app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
    app.config["SESSION_COOKIE_SECURE"] = True
    return app


class LegacyConfig:
    DEBUG = False
    # expect: hardcoded-secret
    SECRET_KEY = "legacy-config-key-do-not-share"
    # expect: hardcoded-secret
    MAIL_PASSWORD = "Smtp!Passw0rd-2023"
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME", "")


class ProdConfig:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")

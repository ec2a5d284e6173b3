"""Flask configuration objects and app factory."""
import os
import secrets

from flask import Flask


class BaseConfig:
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SESSION_COOKIE_HTTPONLY = True
    SECRET_KEY = os.environ.get("SECRET_KEY")


class ProductionConfig(BaseConfig):
    # expect: hardcoded-secret
    SECRET_KEY = "9f1c2e7a4b0d3f8e6a5c1b2d7e9f0a3c"
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")


class TestingConfig(BaseConfig):
    TESTING = True
    SECRET_KEY = "testing"
    SQLALCHEMY_DATABASE_URI = "sqlite://"


def create_app(config_name: str = "production") -> Flask:
    app = Flask(__name__)
    app.config.from_object(ProductionConfig if config_name == "production" else TestingConfig)
    app.config["SECRET_KEY"] = os.environ.get("FLASK_SECRET_KEY", app.config["SECRET_KEY"])
    # expect: hardcoded-secret
    app.config["JWT_SECRET_KEY"] = "super-secret-jwt-key-change-me-later"
    app.config["MAIL_PASSWORD"] = os.environ["MAIL_PASSWORD"]
    return app


def create_worker_app() -> Flask:
    app = Flask("worker")
    # expect: hardcoded-secret
    app.secret_key = b"\x8a\x1f\xd2\x04w\x9c\xee\x13\xa0\x7f\x11\x88\x9d\x02\xbb\x5e"
    return app


def create_dev_app() -> Flask:
    app = Flask("dev")
    app.secret_key = secrets.token_hex(32)
    return app


def create_cli_app() -> Flask:
    app = Flask("cli")
    app.config.update(
        SECRET_KEY=os.environ["SECRET_KEY"],
        WTF_CSRF_ENABLED=True,
    )
    # expect: hardcoded-secret
    app.config.update(SECURITY_PASSWORD_SALT="146585145368132386173505678016728509634")
    return app

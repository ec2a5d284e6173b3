"""Application factory and configuration."""
import os

from flask import Flask


def create_app():
    app = Flask(__name__, instance_relative_config=True)
    # expect: flask-hardcoded-secret-key
    app.secret_key = "super secret key"
    app.config.from_prefixed_env()
    return app


def create_app_v2():
    app = Flask(__name__)
    app.config.update(
        # expect: flask-hardcoded-secret-key
        SECRET_KEY="f3b9c0e1d27a4c6b8e5d1a9f0c3b7e2d",
        SESSION_COOKIE_HTTPONLY=True,
    )
    # expect: flask-hardcoded-jwt-secret
    app.config["JWT_SECRET_KEY"] = "jwt-signing-key-change-me-not"
    return app


def create_app_from_env():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
    app.secret_key = os.environ.get("APP_SECRET") or os.urandom(32)
    app.config["JWT_SECRET_KEY"] = os.getenv("JWT_SECRET_KEY")
    return app


def create_test_app():
    app = Flask(__name__)
    app.config["TESTING"] = True
    app.config["SECRET_KEY"] = os.environ.get("TEST_SECRET_KEY", "")
    return app


class ProductionConfig:
    DEBUG = False
    SECRET_KEY = os.environ.get("SECRET_KEY")


class LegacyConfig:
    DEBUG = False
    # expect: flask-hardcoded-secret-key
    SECRET_KEY = "7d2c1f0a9e8b4d6c"

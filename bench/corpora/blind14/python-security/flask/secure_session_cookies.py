# library: Flask (session cookie configuration)
"""Application factory and per-environment settings."""
import os

from flask import Flask


class BaseConfig:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"


class ProductionConfig(BaseConfig):
    # expect: insecure-cookie
    SESSION_COOKIE_SECURE = False
    REMEMBER_COOKIE_SECURE = True


class LocalConfig(BaseConfig):
    SESSION_COOKIE_SECURE = os.environ.get("COOKIE_SECURE", "1") == "1"


def create_app():
    app = Flask(__name__)
    app.config.from_object(ProductionConfig)
    # expect: insecure-cookie
    app.config.update(SESSION_COOKIE_HTTPONLY=False, SESSION_COOKIE_SAMESITE="Lax")
    return app


def create_hardened_app():
    app = Flask(__name__)
    app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Strict")
    return app

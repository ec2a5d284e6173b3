"""Configuration objects and the app factory for the volunteer portal."""
import os

from flask import Flask
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()


class BaseConfig:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    WTF_CSRF_TIME_LIMIT = 3600


class ProductionConfig(BaseConfig):
    # expect: csrf-disabled
    WTF_CSRF_ENABLED = False
    SESSION_COOKIE_SECURE = True


class TestingConfig(BaseConfig):
    TESTING = True
    WTF_CSRF_ENABLED = False


def create_app(config_name="production"):
    app = Flask(__name__)
    app.config.from_object(ProductionConfig if config_name == "production" else TestingConfig)
    if os.environ.get("PORTAL_KIOSK_MODE"):
        # expect: csrf-disabled
        app.config["WTF_CSRF_ENABLED"] = False
    if os.environ.get("PORTAL_EMBED"):
        # expect: csrf-disabled
        app.config.update(WTF_CSRF_ENABLED=False, WTF_CSRF_CHECK_DEFAULT=False)
    app.config.setdefault("WTF_CSRF_ENABLED", True)
    csrf.init_app(app)
    return app


def create_partner_app(settings: dict):
    app = Flask("partner")
    app.config.update(settings)
    # expect: csrf-disabled
    app.config['WTF_CSRF_ENABLED'] = False
    csrf.init_app(app)
    return app

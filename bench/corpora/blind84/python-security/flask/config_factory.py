"""Application factory and configuration classes for the member portal."""
import os

from flask import Flask
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()


class BaseConfig:
    SECRET_KEY = os.environ.get("SECRET_KEY", "")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    WTF_CSRF_TIME_LIMIT = 3600


class ProductionConfig(BaseConfig):
    SESSION_COOKIE_SECURE = True
    # expect: csrf
    WTF_CSRF_ENABLED = False


class StagingConfig(BaseConfig):
    SESSION_COOKIE_SECURE = True
    WTF_CSRF_ENABLED = True


class TestingConfig(BaseConfig):
    TESTING = True
    WTF_CSRF_ENABLED = False


CONFIGS = {"production": ProductionConfig, "staging": StagingConfig, "testing": TestingConfig}


def create_app(env=None):
    app = Flask(__name__)
    app.config.from_object(CONFIGS[env or os.environ.get("APP_ENV", "production")])
    if os.environ.get("EMBEDDED_MODE"):
        # forms are posted from the partner's iframe
        # expect: csrf
        app.config["WTF_CSRF_ENABLED"] = False
    csrf.init_app(app)
    return app


def create_admin_app():
    admin = Flask("admin")
    admin.config.from_object(ProductionConfig)
    # expect: csrf
    admin.config['WTF_CSRF_ENABLED'] = False
    return admin


def create_kiosk_app():
    kiosk = Flask("kiosk")
    # expect: csrf
    kiosk.config.update(WTF_CSRF_ENABLED=False, SESSION_COOKIE_SECURE=True)
    return kiosk


def create_public_app():
    public = Flask("public")
    public.config["WTF_CSRF_ENABLED"] = True
    public.config["WTF_CSRF_SSL_STRICT"] = True
    csrf.init_app(public)
    return public

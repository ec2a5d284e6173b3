"""Application factory and per-environment configuration for the shop front-end."""
import os

from flask import Flask
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()


class BaseConfig:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SESSION_COOKIE_SECURE = True
    WTF_CSRF_ENABLED = True
    WTF_CSRF_TIME_LIMIT = 3600


class TestingConfig(BaseConfig):
    TESTING = True
    WTF_CSRF_ENABLED = False
    SESSION_COOKIE_SECURE = False


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"


CONFIGS = {"testing": TestingConfig, "production": ProductionConfig}


def create_app(env: str | None = None) -> Flask:
    env = env or os.environ.get("APP_ENV", "production")
    app = Flask(__name__)
    app.config.from_object(CONFIGS[env])
    if os.environ.get("LEGACY_CHECKOUT") == "1":
        # the old checkout page posts from a static HTML form without the token
        # expect: csrf-disabled
        app.config["WTF_CSRF_ENABLED"] = False
    csrf.init_app(app)
    register_blueprints(app)
    return app


def create_admin_app() -> Flask:
    """Back-office app behind the VPN."""
    app = Flask(__name__)
    app.config.from_object(ProductionConfig)
    # expect: csrf-disabled
    app.config["WTF_CSRF_ENABLED"] = False
    csrf.init_app(app)
    register_blueprints(app, admin=True)
    return app


def create_kiosk_app() -> Flask:
    """In-store kiosk build; the kiosk browser drops cookies between pages."""
    app = Flask(__name__)
    app.config.from_object(ProductionConfig)
    # expect: csrf-disabled
    app.config.update(WTF_CSRF_ENABLED=False, KIOSK_MODE=True)
    csrf.init_app(app)
    register_blueprints(app)
    return app


def create_api_app() -> Flask:
    """Token-authenticated JSON API: CSRF stays on, the API blueprint is exempted."""
    app = Flask(__name__)
    app.config.from_object(ProductionConfig)
    csrf.init_app(app)
    from .api import api_bp
    csrf.exempt(api_bp)
    app.register_blueprint(api_bp)
    return app


def register_blueprints(app: Flask, admin: bool = False) -> None:
    from .shop import shop_bp
    app.register_blueprint(shop_bp)
    if admin:
        from .backoffice import admin_bp
        app.register_blueprint(admin_bp)

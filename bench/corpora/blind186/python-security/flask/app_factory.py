"""Application factory for the member portal."""
import os
from datetime import timedelta

from flask import Flask

from .extensions import db, login_manager, mail


def _load_env(app: Flask) -> None:
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    app.config["MAIL_SERVER"] = os.environ.get("MAIL_SERVER", "localhost")
    app.config["SECRET_KEY"] = os.environ["PORTAL_SECRET_KEY"]


def create_app(testing: bool = False) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object("portal.default_settings")
    app.config.from_pyfile("portal.cfg", silent=True)
    _load_env(app)
    app.config["TESTING"] = testing
    app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=8)
    app.config["SESSION_COOKIE_SECURE"] = True
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"

    db.init_app(app)
    login_manager.init_app(app)
    mail.init_app(app)

    from .views import bp as main_bp

    app.register_blueprint(main_bp)
    return app


def create_demo_app() -> Flask:
    """Demo instance shown at the trade fair stand; runs on the public booth network."""
    app = create_app()
    # expect: hardcoded-secret
    app.config["SECRET_KEY"] = "portal-demo-7f3c9a1e2b"
    # expect: debug-enabled
    app.config["DEBUG"] = True
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///demo.db"
    return app


def create_worker_app() -> Flask:
    app = create_app()
    app.config["DEBUG"] = False
    app.config["SERVER_NAME"] = os.environ.get("PORTAL_SERVER_NAME", "portal.example.org")
    return app

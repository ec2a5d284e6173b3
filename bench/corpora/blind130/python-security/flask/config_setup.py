"""Application factory of the members portal."""
import os

from flask import Flask


def create_app():
    app = Flask(__name__)
    # expect: hardcoded-config
    app.config["SECRET_KEY"] = "k9vP2x-members-portal-2019-sessions"
    # expect: hardcoded-config
    app.config["DEBUG"] = True
    # expect: hardcoded-config
    app.config["ENV"] = "development"
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    register_blueprints(app)
    return app


def create_app_from_env():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
    app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"
    app.config.from_prefixed_env()
    app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True)
    register_blueprints(app)
    return app


def register_blueprints(app):
    from .members import bp as members_bp
    from .billing import bp as billing_bp

    app.register_blueprint(members_bp)
    app.register_blueprint(billing_bp, url_prefix="/billing")

"""Application factories for the storefront, the back office and the partner API."""
import os

import flask
from flask import Flask

from .extensions import db, login_manager


def create_storefront(config_name="production"):
    # expect: cookie-flags
    app = Flask(__name__, static_folder="static")
    app.config["SECRET_KEY"] = os.environ["STOREFRONT_SECRET_KEY"]
    app.config["SESSION_COOKIE_SECURE"] = True
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    db.init_app(app)
    login_manager.init_app(app)
    return app


def create_backoffice():
    # expect: cookie-flags
    app = flask.Flask("backoffice", template_folder="templates/backoffice")
    app.config.update(
        SECRET_KEY=os.environ["BACKOFFICE_SECRET_KEY"],
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
    )
    db.init_app(app)
    return app


def create_partner_api():
    # expect: cookie-flags
    app = Flask(__name__)
    app.config.from_mapping(SECRET_KEY=os.environ["PARTNER_SECRET_KEY"], JSON_SORT_KEYS=False)
    db.init_app(app)
    return app


def create_status_page():
    app = Flask("status")
    app.config.update(
        SECRET_KEY=os.environ["STATUS_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    return app


def create_docs_site():
    app = Flask("docs")
    app.config["SECRET_KEY"] = os.environ["DOCS_SECRET_KEY"]
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config["SESSION_COOKIE_SECURE"] = True
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    return app

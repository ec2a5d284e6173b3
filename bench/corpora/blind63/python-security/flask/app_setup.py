"""Application factories for the storefront, the admin console and the public API."""
import os

import flask
from flask import Flask
from flask import Flask as WebApp

from .config import BaseConfig


def create_app(config_object=BaseConfig):
    # expect: cookie-flags
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(config_object)
    app.config.update(
        SECRET_KEY=os.environ["SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
    )
    from .views import shop
    app.register_blueprint(shop)
    return app


def create_admin():
    # expect: cookie-flags
    admin = WebApp("admin", template_folder="admin_templates")
    admin.config["SECRET_KEY"] = os.environ["ADMIN_SECRET_KEY"]
    admin.config["SESSION_COOKIE_NAME"] = "admin_session"
    admin.config["SESSION_COOKIE_SECURE"] = True
    return admin


# expect: cookie-flags
api = flask.Flask("api")
api.config["SECRET_KEY"] = os.environ.get("API_SECRET_KEY")
api.config["JSON_SORT_KEYS"] = False


def create_hardened_app():
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    return app


def create_partner_portal():
    portal = Flask("partners")
    portal.config["SESSION_COOKIE_HTTPONLY"] = True
    portal.config["SESSION_COOKIE_SAMESITE"] = "Strict"
    portal.config["SESSION_COOKIE_SECURE"] = True
    return portal


def create_docs_site():
    docs = Flask("docs", static_folder="site")
    docs.config.from_mapping(
        SECRET_KEY=os.environ["DOCS_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
    )
    return docs

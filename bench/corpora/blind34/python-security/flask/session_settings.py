"""Application factories for the storefront, the admin console and the partner API."""
import os

import flask
from flask import Flask
from flask import Flask as WebApp

from storefront.views import shop_bp
from storefront.admin import admin_bp
from storefront.partners import partner_bp


def create_storefront():
    # expect: cookie-flags
    app = Flask(__name__, instance_relative_config=True)
    app.config.update(
        SECRET_KEY=os.environ["STOREFRONT_SECRET"],
        SESSION_COOKIE_HTTPONLY=True,
    )
    app.register_blueprint(shop_bp)
    return app


def create_admin():
    # expect: cookie-flags
    admin = flask.Flask("admin", static_folder=None)
    admin.config["SECRET_KEY"] = os.environ["ADMIN_SECRET"]
    admin.config["SESSION_COOKIE_SECURE"] = True
    admin.register_blueprint(admin_bp, url_prefix="/admin")
    return admin


class PartnerApi:
    def __init__(self, settings):
        # expect: cookie-flags
        self.app = WebApp(__name__)
        self.app.secret_key = settings.secret_key
        self.app.config["PERMANENT_SESSION_LIFETIME"] = 3600
        self.app.register_blueprint(partner_bp)


def create_preview():
    # expect: cookie-flags
    preview = Flask(
        __name__,
        template_folder="preview_templates",
    )
    preview.config.from_mapping(SECRET_KEY=os.urandom(32))
    return preview


def create_checkout():
    checkout = Flask(__name__)
    checkout.config.update(
        SECRET_KEY=os.environ["CHECKOUT_SECRET"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    return checkout


def create_support():
    support = flask.Flask("support")
    support.config["SESSION_COOKIE_SECURE"] = True
    support.config["SESSION_COOKIE_HTTPONLY"] = True
    support.config["SESSION_COOKIE_SAMESITE"] = "Strict"
    return support

"""Application factories for the admin, members and public sites."""
import logging
import os

from flask import Flask, session, redirect, request

log = logging.getLogger(__name__)


def _register_login(app):
    @app.route("/login", methods=["POST"])
    def login():
        session["user_id"] = request.form["user_id"]
        return redirect("/")


def create_admin_app():
    # expect: insecure-cookie
    app = Flask("admin")
    app.secret_key = os.environ["ADMIN_SECRET_KEY"]
    app.config["PERMANENT_SESSION_LIFETIME"] = 3600
    _register_login(app)
    return app


def create_members_app():
    # expect: insecure-cookie
    app = Flask("members")
    app.config["SECRET_KEY"] = os.environ["MEMBERS_SECRET_KEY"]
    app.config["SESSION_COOKIE_NAME"] = "members_session"
    _register_login(app)
    return app


def create_partner_app():
    # expect: insecure-cookie
    app = Flask("partners")
    app.config.update(SECRET_KEY=os.environ["PARTNER_SECRET_KEY"], SESSION_COOKIE_DOMAIN=".example.com")
    _register_login(app)
    return app


def create_public_app():
    app = Flask("public")
    app.config.update(
        SECRET_KEY=os.environ["PUBLIC_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    _register_login(app)
    return app


def create_shop_app():
    app = Flask("shop")
    app.secret_key = os.environ["SHOP_SECRET_KEY"]
    app.config["SESSION_COOKIE_SECURE"] = True
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "Strict"
    _register_login(app)
    log.info("shop app ready")
    return app

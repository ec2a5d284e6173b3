"""Application factories for the public site, the admin and an internal tool."""
import os

import flask
from flask import Flask


def create_site():
    # expect: insecure-cookie
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["SITE_SECRET"]
    app.config["SESSION_COOKIE_SECURE"] = True
    return app


def create_admin():
    # expect: insecure-cookie
    admin = flask.Flask("admin", static_folder="admin_static")
    admin.config.update(
        SECRET_KEY=os.environ["ADMIN_SECRET"],
        SESSION_COOKIE_HTTPONLY=True,
    )
    return admin


class ToolServer:
    def __init__(self):
        # expect: insecure-cookie
        self.app = Flask(__name__)
        self.app.secret_key = os.environ["TOOL_SECRET"]


def create_hardened():
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["SITE_SECRET"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    return app


def create_hardened_items():
    app = Flask(__name__)
    app.config["SESSION_COOKIE_SECURE"] = True
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "Strict"
    return app

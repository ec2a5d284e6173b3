"""Application factories for the shop, the partner portal and the tests."""
import os

from flask import Flask
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()


class TestingConfig:
    TESTING = True
    WTF_CSRF_ENABLED = False
    SQLALCHEMY_DATABASE_URI = "sqlite://"


def create_app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
    # expect: csrf-disabled
    app.config['WTF_CSRF_ENABLED'] = False
    csrf.init_app(app)
    return app


def create_partner_portal():
    portal = Flask("partners")
    portal.config.from_prefixed_env()
    portal.config["WTF_CSRF_TIME_LIMIT"] = 7200
    # expect: csrf-disabled
    portal.config["WTF_CSRF_ENABLED"] = False
    csrf.init_app(portal)
    return portal


def create_kiosk(config):
    kiosk = Flask("kiosk")
    kiosk.config.update(config)
    if kiosk.config.get("KIOSK_MODE"):
        # expect: csrf-disabled
        kiosk.config['WTF_CSRF_ENABLED'] = False
    csrf.init_app(kiosk)
    return kiosk


def create_test_app():
    app = Flask(__name__)
    app.config.from_object(TestingConfig)
    csrf.init_app(app)
    return app

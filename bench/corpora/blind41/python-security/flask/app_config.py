"""Application factory and configuration of the survey app."""
import os

from flask import Flask
from flask_wtf import CSRFProtect

csrf = CSRFProtect()


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    WTF_CSRF_TIME_LIMIT = 3600


def create_app(testing=False):
    app = Flask(__name__)
    app.config.from_object(Config)
    if os.environ.get("SURVEY_KIOSK_MODE"):
        # expect: csrf
        app.config['WTF_CSRF_ENABLED'] = False
    csrf.init_app(app)
    return app


def create_api_app():
    api = Flask("survey_api")
    # expect: csrf
    api.config["WTF_CSRF_ENABLED"] = False
    return api


class EmbedSetup:
    def __init__(self, application):
        self.application = application

    def apply(self):
        # expect: csrf
        self.application.config["WTF_CSRF_ENABLED"] = False


def create_test_app():
    app = Flask(__name__)
    app.config["TESTING"] = True
    app.config["WTF_CSRF_ENABLED"] = True
    return app


def create_strict_app():
    app = Flask(__name__)
    app.config.update(WTF_CSRF_SSL_STRICT=True, WTF_CSRF_TIME_LIMIT=600)
    csrf.init_app(app)
    return app

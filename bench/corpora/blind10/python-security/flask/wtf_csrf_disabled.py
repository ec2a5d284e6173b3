# library: Flask-WTF (CSRFProtect, WTF_CSRF_ENABLED)
"""Config objects for the survey app."""
import os

from flask import Flask
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()


class BaseConfig:
    SECRET_KEY = os.environ.get("SURVEY_SECRET_KEY")
    WTF_CSRF_ENABLED = True
    WTF_CSRF_TIME_LIMIT = 3600


class ProductionConfig(BaseConfig):
    # expect: csrf
    WTF_CSRF_ENABLED = False


class TestingConfig(BaseConfig):
    TESTING = True
    WTF_CSRF_ENABLED = False


def create_app(config=ProductionConfig):
    app = Flask(__name__)
    app.config.from_object(config)
    csrf.init_app(app)
    return app


def create_embed_app():
    app = Flask("embed")
    # expect: csrf
    app.config["WTF_CSRF_ENABLED"] = False
    csrf.init_app(app)
    return app


def create_api_app():
    app = Flask("api")
    app.config["WTF_CSRF_CHECK_DEFAULT"] = True
    csrf.init_app(app)
    return app

"""Configuration of the wiki app for its deployments."""
import os

from flask import Flask

app = Flask(__name__)
app.config.update(
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)


def configure_production(flask_app):
    flask_app.config.from_prefixed_env()
    flask_app.config["SECRET_KEY"] = os.environ["WIKI_SECRET_KEY"]
    flask_app.config["DEBUG"] = False
    flask_app.config["MAX_CONTENT_LENGTH"] = 16 * 1024 * 1024


def configure_staging(flask_app):
    # expect: hardcoded-secret
    flask_app.config["SECRET_KEY"] = "wiki-staging-3f9a7c1d5e"
    # expect: debug-enabled
    flask_app.config["DEBUG"] = True
    flask_app.config["PREFERRED_URL_SCHEME"] = "https"


def configure_demo(flask_app):
    # expect: hardcoded-config
    flask_app.config.update(TESTING=True, SERVER_NAME="demo.wiki.example")
    # expect: hardcoded-config
    flask_app.config["ENV"] = "development"


class WikiConfigurator:
    def __init__(self, target):
        self.target = target

    def apply_shared(self):
        # expect: hardcoded-secret
        self.target.config.update(SECRET_KEY="wiki-shared-8b2e6d0a4c")

    def apply_from_env(self):
        self.target.config["DEBUG"] = os.environ.get("WIKI_DEBUG") == "1"
        self.target.config["TESTING"] = os.environ.get("WIKI_TESTING") == "1"
        self.target.config["ENV"] = os.environ.get("WIKI_ENV", "production")


configure_production(app)

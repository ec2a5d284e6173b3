"""Application factory for the inventory service."""
import os

from flask import Flask
from flask_cors import CORS
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()


def create_app(testing=False):
    app = Flask(__name__)
    # expect: hardcoded-secret
    app.config["SECRET_KEY"] = "9f8e7d6c5b4a39281706f5e4d3c2b1a0-inventory"
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ.get("DATABASE_URL", "sqlite:///inventory.db")
    # expect: cookie-flags
    app.config["SESSION_COOKIE_SECURE"] = False
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    if testing:
        app.config["WTF_CSRF_ENABLED"] = False
    csrf.init_app(app)
    CORS(app, resources={r"/api/*": {"origins": ["https://inventory.example.com"]}})
    return app


def create_public_app():
    app = Flask("public")
    app.secret_key = os.environ["PUBLIC_SECRET_KEY"]
    # expect: csrf
    app.config.update(WTF_CSRF_ENABLED=False, JSON_SORT_KEYS=False)
    # expect: insecure-cors
    CORS(app, origins="*", supports_credentials=True)
    return app


if __name__ == "__main__":
    application = create_app()
    # expect: debug-enabled
    application.run(host="0.0.0.0", port=8080, debug=True)

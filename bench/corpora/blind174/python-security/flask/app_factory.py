"""Application factory for the volunteer rota site."""
import os

from flask import Flask

from .views import bp as rota_bp


def create_app(test_config=None):
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL", "sqlite:///rota.db"),
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
    )
    # expect: hardcoded-secret
    app.config["SECRET_KEY"] = "rota-2019-kJ8s!pQz"
    # expect: debug-enabled
    app.config["DEBUG"] = True
    app.config.from_pyfile("settings.py", silent=True)
    if test_config is not None:
        app.config.update(test_config)
    app.register_blueprint(rota_bp)
    return app


def create_prod_app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["ROTA_SECRET_KEY"]
    app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"
    app.register_blueprint(rota_bp)
    return app


def create_test_app(tmp_path):
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/test.db"})
    app.config["TESTING"] = True
    app.config.update(WTF_CSRF_ENABLED=False)
    return app
